package io.vigil.support;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A MockMvc client that keeps cookies between requests like a browser does. Sessions live in the
 * database (Spring Session JDBC), so a session is only the {@code SESSION} cookie, not a MockHttpSession.
 */
public class Browser {

    private final MockMvc mvc;
    private final Map<String, Cookie> jar = new LinkedHashMap<>();

    public Browser(MockMvc mvc) {
        this.mvc = mvc;
    }

    public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        if (!jar.isEmpty()) {
            request.cookie(jar.values().toArray(Cookie[]::new));
        }
        MvcResult result = mvc.perform(request).andReturn();
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                jar.remove(cookie.getName());
            } else {
                jar.put(cookie.getName(), cookie);
            }
        }
        return result;
    }
}
