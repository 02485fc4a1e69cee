## Overview, What works, Audience, Links and the range picker
