// Loads the baseline's page, as Spool's ui/boot.js loads Spool's.
import init from "./spool-baseline-ui.js";

init();
