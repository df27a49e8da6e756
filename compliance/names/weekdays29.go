package names

// weekdays29 are the weekdays in the plural ("open Saturdays", "Tuesdays
// and Thursdays", "Dr. Sandhu Saturdays at 8 am"): the days an office
// keeps, never a name. A weekday in the singular can be one ("Sunday
// Adeyemi", kinds.go); its plural starts no name and ends none (session
// 29, t29clean: dev153-095, dev156-060, dev156-270, dev157-256,
// dev171-316 were warned on or blocked as a person).
var weekdays29 = set("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays")
