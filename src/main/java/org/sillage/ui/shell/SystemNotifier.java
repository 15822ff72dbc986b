package org.sillage.ui.shell;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** OS notifications through the system tray, where the desktop has one; silent elsewhere. */
final class SystemNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(SystemNotifier.class);

    private final String appName;
    private TrayIcon icon;
    private boolean unavailable;

    SystemNotifier(String appName) {
        this.appName = appName;
    }

    /** Shows {@code text} as a desktop notification if the system supports it. Runs on the AWT thread. */
    void notify(String text) {
        if (unavailable) {
            return;
        }
        java.awt.EventQueue.invokeLater(() -> {
            try {
                if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                    unavailable = true;
                    return;
                }
                if (icon == null) {
                    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
                    var g = image.createGraphics();
                    g.setColor(new java.awt.Color(11, 110, 105));
                    g.fillOval(1, 1, 14, 14);
                    g.dispose();
                    icon = new TrayIcon(image, appName);
                    icon.setImageAutoSize(true);
                    SystemTray.getSystemTray().add(icon);
                }
                icon.displayMessage(appName, text, TrayIcon.MessageType.INFO);
            } catch (AWTException | RuntimeException e) {
                unavailable = true;
                LOG.info("No system notifications here: {}", e.toString());
            }
        });
    }

    void close() {
        if (icon != null) {
            java.awt.EventQueue.invokeLater(() -> SystemTray.getSystemTray().remove(icon));
        }
    }
}
