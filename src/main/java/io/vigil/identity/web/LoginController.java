package io.vigil.identity.web;

import io.vigil.shared.web.PublicEndpoint;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /** A single sign-on provider offered on the login page. */
    record SsoProvider(String id, String name) {
    }

    private final List<SsoProvider> providers = new ArrayList<>();

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        // Boot's repository is iterable; a custom one that is not simply shows no buttons
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                if (registration instanceof ClientRegistration client) {
                    providers.add(new SsoProvider(client.getRegistrationId(), client.getClientName()));
                }
            }
        }
    }

    @GetMapping("/login")
    @PublicEndpoint("the login form itself")
    String login(Model model) {
        model.addAttribute("ssoProviders", providers);
        return "identity/login";
    }
}
