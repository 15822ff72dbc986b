package org.sillage.service;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.util.StatusPrinter;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Logback for the application, named to SLF4J by {@code -Dslf4j.provider} ({@link Logging#setFolder}), and
 * configured by {@link LogConfigurator} directly. Found the usual way, SLF4J and Logback each look for
 * their services in every jar of the class path: at start that opened all 80 jars, while the window's
 * toolkit waited for the same class path (ADR 0012, addendum 2). Tests, which do not go through
 * {@code main}, still find Logback the usual way and their {@code logback-test.xml}.
 */
public final class LogProvider implements SLF4JServiceProvider {
    private final LoggerContext context = new LoggerContext();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final LogbackMDCAdapter mdc = new LogbackMDCAdapter();

    @Override
    public void initialize() {
        context.setName("default");
        context.setMDCAdapter(mdc);
        try {
            if (System.getProperty("logback.configurationFile") != null) {
                new ContextInitializer(context).autoConfig();
            } else {
                new LogConfigurator().configureFiles(context);
            }
        } catch (Exception e) {
            StatusPrinter.print(context);
        }
        context.start();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return context;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }
}
