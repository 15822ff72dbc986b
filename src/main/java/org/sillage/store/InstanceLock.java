package org.sillage.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One process at a time owns a data folder. The owner holds an OS file lock on {@code sillage.lock};
 * a window that owns the folder also listens on a loopback port (written in {@code sillage.port}) so
 * that a second launch can ask it to come to the front instead of opening a second window.
 */
public final class InstanceLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceLock.class);
    private static final String LOCK_FILE = "sillage.lock";
    private static final String PORT_FILE = "sillage.port";
    private static final String ACTIVATE = "activate";

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private ServerSocket server;

    private InstanceLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, or returns empty when another process (or this one) holds it. */
    public static Optional<InstanceLock> tryAcquire(Path folder) {
        try {
            Files.createDirectories(folder);
            OwnerOnly.restrict(folder);
            FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException held) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new InstanceLock(folder, channel, lock));
        } catch (IOException | SecurityException e) {
            throw new org.sillage.domain.UserException(e, "error.folder.unusable", folder);
        }
    }

    /** Listens for activation requests from later launches; {@code onActivate} runs on a background thread. */
    public void listenForActivation(Runnable onActivate) {
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Files.writeString(folder.resolve(PORT_FILE), Integer.toString(server.getLocalPort()));
        } catch (IOException e) {
            LOG.warn("Cannot listen for activation requests; a second launch will only print a message", e);
            return;
        }
        Thread t = new Thread(() -> serve(onActivate), "sillage-activation");
        t.setDaemon(true);
        t.start();
    }

    private void serve(Runnable onActivate) {
        while (!server.isClosed()) {
            try (Socket s = server.accept();
                 var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
                s.setSoTimeout(2000);
                if (ACTIVATE.equals(in.readLine())) {
                    onActivate.run();
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("activation request failed", e);
                }
            }
        }
    }

    /** Asks the window that owns {@code folder} to come to the front. Returns whether one answered. */
    public static boolean requestActivation(Path folder) {
        Path portFile = folder.resolve(PORT_FILE);
        try {
            if (!Files.isRegularFile(portFile)) {
                return false;
            }
            int port = Integer.parseInt(Files.readString(portFile).strip());
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                OutputStream out = s.getOutputStream();
                out.write((ACTIVATE + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
                Files.deleteIfExists(folder.resolve(PORT_FILE));
            }
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.warn("Could not release the data folder lock", e);
        }
    }
}
