/**
 * The workspace around the modules: the home page and the navigation every page shares.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package io.vigil.portal;
