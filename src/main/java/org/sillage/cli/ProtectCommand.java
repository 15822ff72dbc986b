package org.sillage.cli;

import java.util.concurrent.Callable;

import org.sillage.domain.UserException;
import org.sillage.service.ProtectionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sillage protect on|change|off}: encrypts the data folder with a password, changes the password
 * (everything is encrypted again under a new key), or decrypts it. Passwords are asked on the terminal,
 * or taken from {@code SILLAGE_PASSWORD} (current) and {@code SILLAGE_NEW_PASSWORD} (new).
 */
@Command(name = "protect", description = "Protect the data folder with a password (the database, attached files "
        + "and backups are encrypted), change the password, or remove the protection. Passwords are asked on "
        + "the terminal, or read from SILLAGE_PASSWORD and SILLAGE_NEW_PASSWORD.")
final class ProtectCommand implements Callable<Integer> {
    enum Action { ON, CHANGE, OFF }

    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "on|change|off", description = "on: protect; change: new password; off: remove.")
    Action action;

    @Override
    public Integer call() {
        var folder = ctx.dataFolder();
        try {
            switch (action) {
                case ON -> ProtectionService.enable(folder, ctx.newPassword());
                case CHANGE -> ProtectionService.change(folder, ctx.currentPassword(), ctx.newPassword());
                case OFF -> ProtectionService.disable(folder, ctx.currentPassword());
            }
            spec.commandLine().getOut().println(ctx.messages.get(switch (action) {
                case ON -> "protect.done.on";
                case CHANGE -> "protect.done.change";
                case OFF -> "protect.done.off";
            }));
            return 0;
        } catch (UserException e) {
            spec.commandLine().getErr().println(ctx.messages.translate(e));
            return 1;
        }
    }
}
