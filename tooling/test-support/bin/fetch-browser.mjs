// A stand-in "browser" for BROWSER=...: follows the sign-in URL's redirects, as a browser would
// when the simulator's consent page approves at once (autoApprove). Used where no click is needed.
await fetch(process.argv[2]);
