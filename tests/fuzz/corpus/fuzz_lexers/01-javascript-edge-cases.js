var r = /a[/]b\//g, t = `x${`y${z}`}` + '\u{1F600}' + "\x41"; /* unterminated
a = b / c / d; let s = "open
