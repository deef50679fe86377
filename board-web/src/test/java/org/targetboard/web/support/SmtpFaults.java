package org.targetboard.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy in front of the test SMTP server that can fail the way mail servers and
 * networks fail: refuse connections (server down), answer slowly, or drop the connection
 * right after the client sent a whole message and before the server's reply reaches it
 * (the mail arrived, but the sender cannot know).
 */
public final class SmtpFaults {

	/** How the proxy behaves for new connections. */
	public enum Mode {

		PASS, SLOW, DROP_AFTER_DATA

	}

	private final int targetPort;

	private final int port;

	private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.PASS);

	private volatile ServerSocket listener;

	public SmtpFaults(int targetPort) {
		this.targetPort = targetPort;
		this.listener = bind(0);
		this.port = this.listener.getLocalPort();
		accept(this.listener);
	}

	public int port() {
		return this.port;
	}

	public void mode(Mode mode) {
		this.mode.set(mode);
	}

	/** Stops listening: connections are refused, as when the server is down. */
	public synchronized void down() throws IOException {
		this.listener.close();
	}

	/** Listens again on the same port. */
	public synchronized void up() {
		if (this.listener.isClosed()) {
			this.listener = bind(this.port);
			accept(this.listener);
		}
	}

	private static ServerSocket bind(int port) {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress("127.0.0.1", port));
			return socket;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void accept(ServerSocket socket) {
		Thread.ofVirtual().start(() -> {
			while (!socket.isClosed()) {
				try {
					Socket client = socket.accept();
					Socket server = new Socket("127.0.0.1", this.targetPort);
					Mode current = this.mode.get();
					java.util.concurrent.atomic.AtomicBoolean cut = new java.util.concurrent.atomic.AtomicBoolean();
					Thread.ofVirtual().start(() -> pipe(client, server, current, true, cut));
					Thread.ofVirtual().start(() -> pipe(server, client, current, false, cut));
				}
				catch (IOException ex) {
					// closed: the server is "down"
				}
			}
		});
	}

	// In DROP_AFTER_DATA mode, once the client has sent the end of a message nothing more
	// of the server's travels back: the server stores the mail, its reply is lost.
	private static void pipe(Socket from, Socket to, Mode mode, boolean clientToServer,
			java.util.concurrent.atomic.AtomicBoolean cut) {
		byte[] buffer = new byte[8192];
		StringBuilder recent = new StringBuilder();
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) > 0) {
				if (mode == Mode.SLOW && !clientToServer) {
					Thread.sleep(1000);
				}
				if (!clientToServer && cut.get()) {
					continue;
				}
				if (mode == Mode.DROP_AFTER_DATA && clientToServer) {
					recent.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
					if (recent.indexOf("\r\n.\r\n") >= 0) {
						cut.set(true);
					}
					if (recent.length() > 10) {
						recent.delete(0, recent.length() - 10);
					}
				}
				out.write(buffer, 0, read);
				out.flush();
				if (clientToServer && cut.get()) {
					// The server has the whole message: give it a moment to store it,
					// then
					// close both ways while its reply is held back.
					Thread.sleep(300);
					return;
				}
			}
		}
		catch (IOException | InterruptedException ex) {
			// the other side closed
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

}
