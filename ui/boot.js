// Loads Spool's interface. A file of its own, not an inline script, so the content security
// policy can forbid inline scripts outright.
import init from "./spool-ui.js";

init();
