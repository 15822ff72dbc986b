package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.Field;
import org.sillage.domain.PostingFields;

/** A mark covers its value exactly: no space before « selon », no comma after « Roubaix ». */
class EvidenceEdgesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void marksCoverTheValueNotTheSpacesOrCommaAroundIt() {
        String text = """
                Conseiller en insertion professionnelle

                Type de contrat : CDD de 6 mois
                Rémunération : selon convention collective ECLAT, groupe D
                Lieu de travail : Roubaix, avec déplacements sur la métropole

                Adresser CV et lettre de motivation à recrutement@example.org
                """;
        PostingFields p = extractor.extract(text);
        for (Field f : new Field[] {Field.LOCATION, Field.SALARY_TEXT}) {
            var marks = p.evidence().get(f.key());
            assertThat(marks).as(f.name()).isNotEmpty();
            for (var e : marks) {
                String marked = text.substring(e.start(), e.end());
                assertThat(marked).as(f.name()).isEqualTo(marked.strip());
                assertThat(marked).as(f.name()).doesNotEndWith(",");
            }
        }
        assertThat(text.substring(p.evidence().get(Field.LOCATION.key()).get(0).start(), p.evidence().get(Field.LOCATION.key()).get(0).end()))
                .isEqualTo("Roubaix");
    }
}
