## The Posts screen, chart readouts in the window and exports
