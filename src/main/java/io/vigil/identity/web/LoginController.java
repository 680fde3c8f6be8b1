package io.vigil.identity.web;

import io.vigil.shared.web.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    @PublicEndpoint("the login form itself")
    String login() {
        return "identity/login";
    }
}
