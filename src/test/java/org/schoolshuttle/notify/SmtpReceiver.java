package org.schoolshuttle.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP server on a local port, small enough to read: it accepts every mail and keeps it, so a test can
 * check what the service's mailer actually sent over the wire.
 */
final class SmtpReceiver implements AutoCloseable {

    /** One received mail: the envelope recipients and the raw message (headers and body). */
    record Received(List<String> to, String data) {
    }

    final List<Received> mails = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final Thread thread;

    SmtpReceiver(int port) throws IOException {
        server = new ServerSocket(port);
        thread = new Thread(this::serve, "smtp-receiver");
        thread.setDaemon(true);
        thread.start();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                conversation(s);
            } catch (IOException e) {
                // A closed server or a dropped client: wait for the next.
            }
        }
    }

    private void conversation(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = s.getOutputStream();
        reply(out, "220 localhost test SMTP");
        List<String> to = new CopyOnWriteArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase();
            if (command.startsWith("EHLO")) {
                reply(out, "250-localhost\r\n250 8BITMIME");
            } else if (command.startsWith("HELO") || command.startsWith("MAIL FROM") || command.startsWith("RSET")
                    || command.startsWith("NOOP")) {
                reply(out, "250 OK");
            } else if (command.startsWith("RCPT TO")) {
                to.add(line.substring(line.indexOf('<') + 1, line.indexOf('>')));
                reply(out, "250 OK");
            } else if (command.startsWith("DATA")) {
                reply(out, "354 End data with <CR><LF>.<CR><LF>");
                StringBuilder data = new StringBuilder();
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    data.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
                }
                mails.add(new Received(List.copyOf(to), data.toString()));
                to.clear();
                reply(out, "250 OK: queued");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 Bye");
                return;
            } else {
                reply(out, "502 Command not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
