package org.sillage.domain;

import java.util.Optional;

/** Contract types, with the codes of the label schema ({@code service_civique}, {@code CDI}...). */
public enum ContractType {
    CDI("CDI"), CDD("CDD"), STAGE("stage"), ALTERNANCE("alternance"), VSI("VSI"),
    SERVICE_CIVIQUE("service_civique"), FREELANCE("freelance"), VOLUNTEER("volunteer"), OTHER("other");

    private final String code;

    ContractType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The i18n key of the type's name, e.g. {@code contract.service_civique}. */
    public String messageKey() {
        return "contract." + code.toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<ContractType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (ContractType t : values()) {
            if (t.code.equalsIgnoreCase(code.strip()) || t.name().equalsIgnoreCase(code.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
