## Texts drawn into charts: titles, legends, axes, readouts
