package org.sillage.cli;

import picocli.CommandLine;

/** The version from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = SillageCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Sillage " + (v == null ? "(development build)" : v)};
    }
}
