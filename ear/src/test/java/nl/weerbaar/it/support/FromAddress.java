package nl.weerbaar.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP from another loopback address (127.0.0.x), so tests of per-address limits have an address
 * of their own and never limit the other tests, which all come from 127.0.0.1. Java's HttpClient
 * cannot choose its local address, hence one plain HTTP/1.0 exchange per call.
 */
public final class FromAddress {

    /** An answer: status, headers (names in lower case) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    private final String address;

    private FromAddress(String address) {
        this.address = address;
    }

    /** A client whose requests come from 127.0.0.{@code last}. */
    public static FromAddress loopback(int last) {
        return new FromAddress("127.0.0." + last);
    }

    public String address() {
        return address;
    }

    /** GET with HTTP Basic for this user name and password. */
    public Answer getWithBasic(String path, String user, String password, String language) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String request = "GET /" + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + Deployments.BASE.getPort() + "\r\nAuthorization: Basic " + credentials
                + "\r\nAccept-Language: " + language + "\r\n\r\n";
        return exchange(request);
    }

    /** A plain GET, without logging in. */
    public Answer get(String path) {
        return exchange("GET /" + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + Deployments.BASE.getPort() + "\r\nAccept-Language: nl\r\n\r\n");
    }

    private Answer exchange(String request) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(Deployments.BASE.getHost(), Deployments.BASE.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    private static Answer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        return new Answer(status, headers, raw.substring(end + 4));
    }
}
