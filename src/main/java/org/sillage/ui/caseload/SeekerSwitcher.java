package org.sillage.ui.caseload;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.Seeker;
import org.sillage.i18n.Messages;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * The job seeker the window works on (issue 9, ADR 0023): a menu in the top bar that always shows the
 * current person's name once there are several, switches between people, adds one ("Add a job seeker…",
 * always there) and edits a profile. A personal installation sees only its icon.
 */
public final class SeekerSwitcher {
    private final UiContext ctx;
    private final MenuButton menu = new MenuButton();
    private final BooleanProperty caseload = new SimpleBooleanProperty(false);
    private final ObjectProperty<Seeker> current = new SimpleObjectProperty<>();
    private final Runnable showCaseload;
    private final Runnable switched;
    private final Runnable changed;
    private List<Seeker> seekers = List.of();
    /** How many people the menu lists; a larger caseload is opened from its screen. */
    static final int MENU_PEOPLE = 12;

    /**
     * @param showCaseload shows the caseload screen
     * @param switched     after a switch to another person: every screen reads again
     * @param changed      after a profile was saved: the caseload, if shown, reads again
     */
    public SeekerSwitcher(UiContext ctx, Runnable showCaseload, Runnable switched, Runnable changed) {
        this.ctx = ctx;
        this.showCaseload = showCaseload;
        this.switched = switched;
        this.changed = changed;
        Messages m = ctx.messages();
        menu.setId("seekerMenu");
        menu.setGraphic(new FontIcon(Feather.USERS));
        menu.getStyleClass().add("seeker-chip");
        menu.setTooltip(new Tooltip(m.get("seeker.menu")));
        menu.setAccessibleText(m.get("seeker.menu"));
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.setMnemonicParsing(false);
        current.addListener((o, a, s) -> showName());
        caseload.addListener((o, a, b) -> showName());
        rebuildItems();
    }

    public MenuButton menu() {
        return menu;
    }

    /** True once the folder holds more than one person. */
    public ReadOnlyBooleanProperty caseload() {
        return caseload;
    }

    /** The person the window works on. */
    public ReadOnlyObjectProperty<Seeker> current() {
        return current;
    }

    /** The default person of a personal installation is "Me"; the others by their name. */
    public static String name(Seeker s, Messages m) {
        return s.isDefault() && "me".equals(s.displayName()) ? m.get("seeker.default_name") : s.displayName();
    }

    private void showName() {
        Seeker s = current.get();
        boolean several = caseload.get();
        menu.setText(several && s != null ? name(s, ctx.messages()) : null);
        menu.getStyleClass().remove("accent");
        if (several) {
            menu.getStyleClass().add("accent"); // who is being worked on stands out
        }
        menu.setAccessibleText(several && s != null ? ctx.messages().get("seeker.chip", name(s, ctx.messages()))
                : ctx.messages().get("seeker.menu"));
    }

    /** Reads the people and the current one again, in the background. */
    public void refresh() {
        BackgroundTask.wrap(c -> new Object[] {ctx.services().seekers().all(), ctx.services().seekers().current()})
                .onSuccess(r -> {
                    @SuppressWarnings("unchecked")
                    List<Seeker> all = (List<Seeker>) r[0];
                    seekers = all;
                    current.set((Seeker) r[1]);
                    caseload.set(all.size() > 1);
                    rebuildItems();
                })
                .onFailure(this::fail).run(ctx.executor());
    }

    private void rebuildItems() {
        Messages m = ctx.messages();
        menu.getItems().clear();
        Seeker now = current.get();
        if (seekers.size() > 1) {
            ToggleGroup group = new ToggleGroup();
            int listed = 0;
            for (Seeker s : seekers) {
                boolean isCurrent = now != null && now.id() == s.id();
                if (!isCurrent && (!s.active() || listed >= MENU_PEOPLE)) {
                    continue; // an ended support, and everyone past the first few, are opened from the caseload
                }
                listed++;
                RadioMenuItem item = new RadioMenuItem(name(s, m));
                item.setMnemonicParsing(false);
                item.setId("seekerItem-" + s.id());
                item.setToggleGroup(group);
                item.setSelected(now != null && now.id() == s.id());
                item.setOnAction(e -> switchTo(s.id()));
                menu.getItems().add(item);
            }
            MenuItem caseloadItem = new MenuItem(m.get("seeker.menu.caseload"));
            caseloadItem.setId("seekerCaseloadItem");
            caseloadItem.setOnAction(e -> showCaseload.run());
            menu.getItems().addAll(new SeparatorMenuItem(), caseloadItem);
        }
        MenuItem add = new MenuItem(m.get("seeker.menu.add"));
        add.setId("seekerAddItem");
        add.setOnAction(e -> add());
        menu.getItems().add(add);
        if (now != null) {
            MenuItem edit = new MenuItem(m.get("seeker.menu.edit", name(now, m)));
            edit.setMnemonicParsing(false);
            edit.setId("seekerEditItem");
            edit.setOnAction(e -> edit(now.id()));
            menu.getItems().add(edit);
        }
    }

    /** Works on the person {@code id} from now on: every screen reads again, scoped to them. */
    public void switchTo(long id) {
        switchTo(id, () -> { });
    }

    /** {@link #switchTo(long)}, then {@code then} once every screen is scoped to that person. */
    public void switchTo(long id, Runnable then) {
        BackgroundTask.wrap(c -> {
            ctx.services().seekers().switchTo(id);
            return ctx.services().seekers().current();
        }).onSuccess(s -> {
            current.set(s);
            rebuildItems();
            ctx.taskBar().say(ctx.messages().get("caseload.switched", name(s, ctx.messages())));
            switched.run();
            then.run();
        }).onFailure(this::fail).run(ctx.executor());
    }

    /** Asks for a new person and adds them; the caseload shows from the second person on. */
    public void add() {
        SeekerDialog.ask(ctx.window().get(), ctx.messages(), null).ifPresent(r -> BackgroundTask
                .wrap(c -> ctx.services().seekers().add(r.details()))
                .onSuccess(s -> {
                    ctx.taskBar().say(ctx.messages().get("seeker.added", s.displayName()));
                    refresh();
                    showCaseload.run();
                })
                .onFailure(this::fail).run(ctx.executor()));
    }

    /** Edits a person's profile, and ends or resumes their support. */
    public void edit(long id) {
        BackgroundTask.wrap(c -> ctx.services().seekers().get(id)).onSuccess(existing -> SeekerDialog
                .ask(ctx.window().get(), ctx.messages(), existing).ifPresent(r -> BackgroundTask.wrap(c -> {
                    var service = ctx.services().seekers();
                    Seeker saved = service.update(id, r.details());
                    if (r.ended() && saved.active()) {
                        saved = service.endSupport(id);
                    } else if (!r.ended() && !saved.active()) {
                        saved = service.resumeSupport(id);
                    }
                    return saved;
                }).onSuccess(s -> {
                    ctx.taskBar().say(ctx.messages().get("seeker.saved", s.displayName()));
                    refresh();
                    changed.run();
                }).onFailure(this::fail).run(ctx.executor()))).onFailure(this::fail).run(ctx.executor());
    }

    private void fail(Throwable e) {
        Errors.show(ctx.window().get(), e, ctx.messages());
    }
}
