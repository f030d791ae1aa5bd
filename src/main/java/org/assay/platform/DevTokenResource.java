package org.assay.platform;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dev mode only (not built into test or production artifacts): fetches a real access token for a demo user
 * from the in-process OIDC dev provider, whose port changes at every start, so the README's curl examples
 * stay copy-pasteable. The password of every demo user is the username.
 */
@IfBuildProfile("dev")
@Path("/dev/token")
public class DevTokenResource {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    @ConfigProperty(name = "quarkus.oidc.client-id", defaultValue = "quarkus-app")
    String clientId;

    @ConfigProperty(name = "quarkus.oidc.credentials.secret", defaultValue = "")
    String secret;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String token(@QueryParam("user") String user) throws IOException, InterruptedException {
        if (user == null || user.isBlank()) {
            throw new WebApplicationException("give ?user=<demo user>", 400);
        }
        String form = "grant_type=password&client_id=" + enc(clientId) + "&client_secret=" + enc(secret)
                + "&username=" + enc(user) + "&password=" + enc(user);
        HttpRequest request = HttpRequest.newBuilder(URI.create(authServerUrl.replaceAll("/$", "") + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        Matcher m = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new WebApplicationException("token request failed: " + response.body(), 502);
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
