package compliance

// A player told by the jersey number after "see" (session 23,
// t23privacy, PRIV-10): priv_roles16.go reads the number after a greeting
// or an article ("Congrats to #23 on the McCaskey Red Tornado"); posts
// also write it as the one seen: "So happy to see #23 from the Omaha South
// Packers back on the field after his knee surgery". With the team after
// it, the school knows who wears the number; beside their injury it tells
// their care. roles23.go (t23names) reads "#12 at West De Pere High" and
// "#23 is cleared to play".

// seenLeads before a jersey number make it the player seen: "so happy to
// see #23 from the Packers".
var seenLeads = newWordSet([]string{"see", "saw", "seeing", "seen", "watch", "watching", "cheer", "cheering"})
