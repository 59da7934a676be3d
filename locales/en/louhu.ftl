## Group membership and setup

greet-group =
    Hello everyone, I am Louhu, the building's mutual-aid bot 🏠
    Say in this group what you need; I turn it into an order that volunteers claim and deliver.
    A group admin, please register the building with /setup name, for example: /setup Building 3
privacy-warning =
    ⚠️ I cannot read ordinary messages in this group (the bot's privacy mode is on and I am not an admin), so I cannot see requests for help.
    To fix it, either:
    1) make me a group administrator, or
    2) send /setprivacy to @BotFather, choose this bot, choose Disable, then remove me from the group and add me again.
setup-usage = Usage: /setup name, for example /setup Building 3
setup-admins-only = Only group admins can register or rename the building.
setup-done =
    ✅ Building registered: <b>{ $name }</b>
    Residents: send /register building-unit-flat, for example /register 3-2-501
    Volunteers: send /volunteer to start taking orders
setup-renamed = ✅ Building renamed: { $old } → <b>{ $name }</b>
group-only = Please use this command in your building's group.
not-set-up = This group is not registered as a building yet. A group admin, please send /setup name first.

## People

start-private =
    Hello, { $name }! I am Louhu, a mutual-aid bot for buildings in quarantine.
    Add me to your building's group and have an admin send /setup name. Send /help to see everything I do.
    Now that you have started me, I can also send you urgent alerts privately.
register-usage = Usage: /register 3-2-501 (3幢2单元501 works too)
register-bad-flat = I could not read the flat "{ $text }". Please write building-unit-flat, for example /register 3-2-501
register-done = 🏠 { $name } is registered at <b>{ $flat }</b>.
volunteer-on = 🙌 Thank you, { $name }, for volunteering! Press "Claim" on a new order to take it.
volunteer-off = { $name } is no longer a volunteer. Thank you for your help!
volunteer-off-usage = Usage: /volunteer to join, /volunteer off to leave.
lang-usage = Usage: /lang followed by a language code, e.g. /lang en. Languages: { $languages }
lang-set = OK, I will speak English with you.
community-usage = This building belongs to: { $current }. Usage: /community name (buildings of one community share an emergency chain)
community-own = itself (no community yet)
community-founded = ✅ This building now belongs to community { $community } (its first building). Send /chain to see or set the community's emergency chain.
community-joined = ✅ This building now belongs to community { $community } and shares its emergency chain. Send /chain to see it.
community-refused = ⛔ Community { $community } already has other buildings. Only someone registered as staff (/staff) in one of them can add this building: ask them to send /community { $community } here.
community-reserved = That name cannot be used for a community; please choose another.
grouplang-usage = Usage: /grouplang followed by a language code (languages: { $languages }), /grouplang both (Chinese and English) or two codes joined by +, e.g. /grouplang zh+en
grouplang-set = Messages in this group are now in: { $mode }

## Staff

staff-only = Only the building's staff or group admins can do that.
staff-usage =
    Usage: /staff @username, or reply to someone's message with /staff
    To remove: /staff off @username
staff-unknown-user = I do not know { $username } yet. Ask them to say something in the group first, or reply to one of their messages with /staff.
staff-added = 👮 { $name } is now staff for this building.
staff-removed = { $name } is no longer staff for this building.

doctor-usage =
    Usage: /doctor @username, or reply to the community doctor's message with /doctor
    To remove: /doctor off @username
doctor-added = 🩺 { $name } is now this building's community doctor; fever alerts go to them privately (they must send /start to the bot first).
doctor-removed = { $name } is no longer this building's community doctor.

## Order card

card-order = Order
card-flat-unknown = flat not registered
card-status-open = waiting for a volunteer
card-status-claimed = claimed by { $volunteer }
card-status-delivered = delivered by { $volunteer }
card-more-items = … and { $count } more
card-status-rejected = not an order, closed
category-groceries = Groceries
category-medicine = Medicine
category-garbage = Garbage
category-errand = Errand
category-repair = Repair
category-medical = Medical (non-urgent)
btn-claim = Claim
btn-not-order = Not an order
btn-delivered = Delivered
btn-category = Category
btn-back = Back
btn-release = Release
order-delivered-notice = 📦 { $resident }, your order #{ $number } was delivered by { $volunteer }. Please open the door to collect it.

## Button answers

cb-claimed = Claimed. Thank you!
cb-released = Released; the order is open to other volunteers again.
cb-delivered = Marked as delivered. Thank you!
cb-rejected = Marked as not an order.
cb-recategorized = Category corrected. Thank you!
cb-already-claimed = { $volunteer } has already claimed this order.
cb-order-closed = This order is already closed.
cb-order-changed = The order just changed; see the updated card.
cb-not-volunteer = Send /volunteer to register as a volunteer before claiming orders.
cb-not-claimer = Only the volunteer who claimed it, or staff, can do that.
cb-not-resident-or-staff = Only the resident who asked, or staff, can do that.
cb-invalid = This button is no longer valid.
cb-order-missing = I cannot find this order.

## Health

fever-advice = 🌡️ { $celsius }°C recorded: that is a fever (37.3°C or more). Drink water, rest and measure again in an hour; the community doctor has been told and will contact you. If there is chest tightness, trouble breathing or confusion, call 120 now.
fever-doctor-alert = 🌡️ Fever: { $resident } at { $building } { $flat } reported { $celsius }°C. Please follow up.
fever-advice-no-doctor = 🌡️ { $celsius }°C recorded: that is a fever (37.3°C or more). Drink water, rest and measure again in an hour. No community doctor can be reached for this building: contact your own doctor if you need one; if there is chest tightness, trouble breathing or confusion, call 120 now.
fever-staff-told = The building's staff have been told privately.
fever-staff-alert = 🌡️ Fever: { $resident } at { $building } { $flat } reported { $celsius }°C. This building has no community doctor who can be reached (name one with /doctor); please follow up.

## Emergencies

sos-received = 🆘 Emergency received. Calling now: { $levels }. Keep your phone on, unlock the door and wait.
sos-nobody = 🆘 This group is not set up as a building yet, so nobody can be called: call 120 now! Group admins: send /setup name, then set the emergency chain with /chain.
sos-unreachable = 🆘 Emergency received, but nobody in the emergency chain can be reached right now: call 120 now! I keep calling.
sos-no-doctor = No community doctor can be reached right now.
first-aid-general = 🆘 Call 120 now, unlock the door and the building door for the ambulance crew, and stay with them, watching their breathing.
first-aid-not-breathing = 🆘 Not breathing, or not breathing normally: call 120 now and put the phone on speaker. Start chest compressions: push hard and fast in the centre of the chest (100–120 a minute); the 120 dispatcher will guide you. Send someone for an AED.
first-aid-unresponsive = 🆘 Fainted or cannot be woken: call 120 now. Check their breathing: if normal, lay them on their side and keep watching; if not breathing or not breathing normally, start chest compressions as 120 guides you.
first-aid-breathing = 🫁 Trouble breathing: call 120 now. Let them sit in whatever position is easiest, loosen tight clothing; if they have an asthma inhaler, help them use it.
first-aid-choking = 😮 Choking: if they can cough, encourage coughing. If they cannot cough or speak: 5 firm back blows between the shoulder blades (leaning forward), then 5 abdominal thrusts, repeated, and call 120; for an infant, back blows and chest thrusts, never the abdomen. If they become unresponsive, start chest compressions.
first-aid-cardiac = ❤️ Chest pain, tightness or heart trouble: call 120 now. Stop all activity, sit or half-lie them down, do not let them walk; if they become unresponsive and are not breathing normally, start chest compressions as 120 guides you.
first-aid-stroke = 🧠 Possible stroke: call 120 now and note the time it started (when they were last seen well). Give no food, drink or pills; if they become unresponsive but breathe, lay them on their side.
first-aid-bleeding = 🩸 Heavy bleeding: press hard on the wound with a clean cloth or towel, keep pressing without lifting it to look, and call 120.
first-aid-burn = 🔥 Burn or scald: cool it under cool running water for at least 20 minutes, take off rings and watches, cover loosely with cling film or a clean cloth; no ice, toothpaste or creams. A large burn, on the face, or on a child: call 120.
first-aid-seizure = ⚡ Seizure: move hard objects away, protect the head, do not hold them down, put nothing in the mouth, note the time; afterwards lay them on their side. Over 5 minutes, a first seizure, or an injury: call 120.
first-aid-poisoning = ☠️ Swallowed something or poisoning: call 120 now, keep the bottle or packet, do not make them vomit; for gas or fumes, first get everyone into fresh air.
first-aid-fire = 🔥 Fire: get out now, close the door behind you, cover nose and mouth with a wet towel, stay low, no lifts, and call 119 from a safe place.
first-aid-gas = 💨 Gas leak: do not touch switches, phones or flames, open windows, close the gas valve, leave, and call 119 from outside.
first-aid-suicide = 💬 Do not leave them alone, remove medicines, knives and other dangerous things, stay with them and listen. Crisis line 12356; in danger, call 110 or 120.
first-aid-labour = 🤰 Labour: call 120 now, let her lie on her side or as she is comfortable, get clean towels and warm clothes ready, and stay with her.
first-aid-fall = 🦴 A fall and cannot get up: do not lift or move them by force, above all after a knock to the head, neck or back; keep them warm, watch consciousness and breathing, call 120.
first-aid-infant-fever = 🌡️ Infant fever: a baby under 3 months at 38 °C or more, or a fever with a convulsion, hard to wake, very floppy, or a rash that does not fade when pressed: call 120 now. Do not over-wrap, do not sponge with cold water or alcohol, keep feeding.
first-aid-drowning = 🌊 Drowning: get them out of the water without putting yourself at risk, call 120; if not breathing or not breathing normally, start CPR as 120 guides you.
first-aid-electric-shock = ⚡ Electric shock: switch off the power first and do not touch them until it is off, call 120; if not breathing or not breathing normally, start chest compressions as 120 guides you.
first-aid-violence = 🚨 Someone is under threat of violence: keep yourself and your family safe, leave or lock the door, and call 110 now; if someone is hurt, call 120.
alert-title = 🆘 <b>Emergency #{ $number }</b> · { $building } { $flat }
alert-level = Alerting: { $levels }
alert-repeat = ⏰ Repeat alert { $round }: still nobody has acknowledged!
alert-note = 📋 Ledger: { $note }
alert-reporter = 👤 Reported by: { $reporter }
alert-hint = Hint: { $hint }
alert-roles-empty = ⚠️ Roles the chain relies on that nobody holds in this building: { $roles }
alert-state-ack = ✅ Taken by { $actor } ({ $time })
alert-state-transport = 🚑 Transport dispatched ({ $actor }, { $time })
alert-state-hospital = 🏥 At hospital ({ $actor }, { $time })
alert-state-resolve = ☑️ Resolved by { $actor } at { $time }
btn-ack = Acknowledge
btn-transport = Transport dispatched
btn-hospital = At hospital
btn-resolve = Resolved
btn-escalate = Escalate now
btn-sos = 🆘 Emergency SOS
incident-escalated = ⏫ Emergency #{ $number } was not acknowledged in time; now alerting: { $levels }
incident-escalated-by = ⏫ Emergency #{ $number }: { $actor } asked for more help; now alerting: { $levels }
incident-unanswered = ⚠️ Emergency #{ $number }: nobody has answered yet. Call 120 now if you have not already! Still calling: { $levels }
incident-unanswered-nobody = ⚠️ Emergency #{ $number }: nobody has answered yet and nobody in the chain can be reached right now. Call 120 now!
incident-ack = ✅ Emergency #{ $number }: { $actor } has taken it and is on the way.
incident-transport = 🚑 Emergency #{ $number }: transport dispatched ({ $actor }).
incident-hospital = 🏥 Emergency #{ $number }: at hospital ({ $actor }).
incident-resolve = ☑️ Emergency #{ $number }: resolved ({ $actor }).
cb-incident-ack = It is yours now. Please go at once!
cb-incident-done = Recorded. Thank you!
cb-incident-taken = { $owner } has already taken it.
cb-incident-already = That step is already recorded.
cb-incident-resolved = This emergency is already resolved.
cb-incident-escalated = Escalated: now alerting { $levels }
cb-incident-escalated-again = No higher level can be reached; alerted again: { $levels }
cb-incident-top = There is no higher level to call: everyone in the chain has been alerted. Call 120 if needed.
cb-incident-not-yours = You are not on this emergency's alert list.
cb-incident-missing = I cannot find this emergency.

sos-private-help = 🆘 If a life is in danger, call 120 now. Send /sos in your building's group and I will call the building lead and doctor.
cb-sos-sent = Emergency sent; help is being called. Keep your phone on!
cb-sos-calling = Emergency sent (#{ $number }); calling now: { $levels }. Keep your phone on!
cb-sos-unreachable = Emergency #{ $number } recorded, but nobody in the emergency chain can be reached right now: call 120 now!
cb-sos-nobody = Nobody can be called in this group yet (it is not set up): call 120 now!
incident-usage = Usage: /incident number, for example /incident 3
incident-status-open = waiting for acknowledgement
incident-status-acknowledged = being handled
incident-status-resolved = resolved
timeline-title = 🕘 <b>Emergency #{ $number }</b> · { $flat } · { $status }
timeline-line = { $time } { $action } { $actor } { $detail }
event-reported = reported
event-escalated = escalated (deadline passed)
event-escalated_now = escalated by hand
event-repeated = alerted again
event-ack = acknowledged
event-transport = transport dispatched
event-hospital = at hospital
event-resolve = resolved
event-alert_failed = alert not delivered
event-nobody_to_alert = nobody to alert at this level
source-message = group message
source-sos = /sos command
source-button = 🆘 button
timeline-stage = stage { $stage }: { $levels }
timeline-fallback = { $count } people alerted
timeline-alert-failed = chat { $chat } (Telegram: { $error })
response-ack = ⏱ report → acknowledged: { $minutes } min
response-transport = ⏱ report → transport: { $minutes } min
response-hospital = ⏱ report → hospital: { $minutes } min
incidents-empty = No unresolved emergencies in this building.
incidents-header = 🆘 Unresolved emergencies ({ $count }):
incidents-line = #{ $number } { $flat } · { $status } · { $time }
incidents-line-building = #{ $number } { $building } { $flat } · { $status } · { $time }
incidents-none-private = No unresolved emergencies in the communities you serve.
incidents-not-staff = Only building staff, leads and doctors can list emergencies.
chain-title = 🔗 Emergency chain of community { $community } (a line per level: name | deadline | targets; a leading + alerts it with the level before):
chain-title-own = 🔗 This building's emergency chain (it is in no community yet; /community name joins one) (a line per level: name | deadline | targets; a leading + alerts it with the level before):
chain-unreachable = ⚠️ These people have not started the bot and cannot get private alerts; ask them to send /start to the bot: { $people }
chain-roles-empty = ⚠️ Roles the chain relies on that nobody holds in this building (alerts to them reach no one): { $roles }
chain-webhooks-missing = ⚠️ Webhooks not configured in ESCALATION_WEBHOOKS (they reach no one): { $webhooks }
role-lead = building lead (/lead)
role-doctor = community doctor (/doctor)
role-staff = staff (/staff)
chain-help =
    To change it, send /chain followed by the new lines, for example
    /chain Building lead and doctor | 2m | role:lead role:doctor
    Community team | 3m | @zhang_san chat:-1001234567890
    Street team | 5m | @street_duty
    + District health bureau | 5m | @district_duty | webhook:district
chain-error-shape = line { $line }: write name | deadline | targets
chain-error-deadline = line { $line }: “{ $value }” is not a deadline like 2m or 90s (10 s to 24 h)
chain-error-target = line { $line }: “{ $value }” is not a target (@username, role:lead, role:doctor, role:staff, person:id or chat:id)
chain-error-id = line { $line }: “{ $value }” does not hold a Telegram id (digits only, at most 2^52)
chain-error-first-plus = line { $line }: the first level cannot start with +
chain-error-empty = the chain has no levels
chain-bad = The chain is not in the right format: { $error }
chain-unknown = I do not know these users yet: { $usernames }. Ask them to say something in the group or start the bot, then try again.
chain-file-saved = saved { $levels } levels for community { $community }
chain-file-unknown = unknown users (they must write to the bot first): { $usernames }

# The default chain's level names and the fallback's (stored as these keys, shown translated)
level-lead-doctor = Building lead & doctor
level-epidemic-team = Community epidemic team
level-street = Street team
level-district = District health bureau
level-fallback = Group admins & staff
level-lead = Building lead
level-doctor = Community doctor
note-usage = Usage: /note 3-2-501 elderly alone, heart condition (no text clears it)
note-saved = 📋 Ledger note for { $flat }: { $note }
lead-usage =
    Usage: /lead @username, or reply to the building lead's message with /lead
    To remove: /lead off @username
lead-added = 🧭 { $name } is now this building's lead and will be called first in emergencies (they must send /start to the bot first).
lead-removed = { $name } is no longer this building's lead.

## Lists

orders-header = 📋 Open orders in { $building } ({ $count }):
orders-empty = 📋 No open orders in { $building }.
orders-line = #{ $number } { $category } · { $flat } · { $status }
orders-more = …and { $count } more
myorders-header = 🚴 Orders you have claimed ({ $count }):
myorders-empty = You have no claimed orders.
myorders-line = #{ $number } { $building } · { $category } · { $flat }
status-open = waiting
status-claimed = claimed by { $volunteer }
flat-unknown = flat not registered

## Review

corrections-empty = No orders were corrected recently.
corrections-header = ✏️ Recently corrected orders ({ $count }):
correction-line = #{ $number } { $change }: "{ $text }"
correction-not-order = marked not an order
correction-category = category { $old } → { $new }
fevers-empty = No fever reports in the last 24 hours.
fevers-header = 🌡️ Fever reports in the last 24 hours ({ $count }):
fever-line = { $flat } { $resident } { $celsius }°C ({ $time })

## Help and fallbacks

help =
    <b>Louhu: how to use</b>
    🆘 Emergencies (chest pain, trouble breathing, fainting, fire…): say it in the group, send /sos, or press the button below; I call the building lead and doctor at once and climb the chain until someone acknowledges. If a neighbour's or relative's message looks like trouble, reply /sos to it: I call with their words and flat.
    🏠 Residents:
    /register 3-2-501 — register your flat (3幢2单元501 works too)
    Just say in the group what you need ("can someone buy a bag of rice"); I make it an order. If I misread it, press "Not an order" or "Category". Not taken as an order? Reply /order to your own message.
    Report your temperature as "3-2-501 36.5"; 37.3°C or more alerts the community doctor.
    🙌 Volunteers:
    /volunteer — join as a volunteer (/volunteer off to leave)
    Press "Claim" on an order card, "Delivered" when done, "Release" if you cannot make it.
    /myorders — orders you have claimed
    📋 /orders — open orders in this building
    🌐 /lang zh, /lang en … — change language (/lang lists them)
    👮 Staff (group admins):
    /setup name — register or rename the building
    /staff @username — add staff (/staff off @username to remove)
    /doctor @username — name the community doctor (gets fever alerts)
    /fevers — fever reports of the last 24 hours
    /corrections — orders people corrected (to improve understanding)
    /stats — time to claim and to deliver orders, last 7 days
    /lead @username — name the building lead; /chain — show or set the emergency chain; /note 3-2-501 text — ledger note
    /incidents — unresolved emergencies; /incident number — its timeline; /community name — the building's community
    /grouplang zh|en|both|… — language of group messages
    { quarantine-help }
    { calls-help }
unknown-command = I do not know the command { $command }. Send /help to see what I can do.

## Command menu (setMyCommands)

cmd-sos = Emergency: call now (as a reply: for that message's author)
cmd-order = Turn your own message into an order (as a reply)
cmd-incident = Timeline of an emergency
cmd-incidents = Unresolved emergencies (staff)
cmd-chain = Emergency chain (staff)
cmd-lead = Name the building lead (admins)
cmd-note = Ledger note for a flat (staff)
cmd-community = The building's community (staff)
cmd-help = How to use Louhu
cmd-register = Register your flat, e.g. /register 3-2-501
cmd-volunteer = Join or leave the volunteers
cmd-orders = Open orders in this building
cmd-myorders = Orders you have claimed
cmd-lang = Change language
cmd-setup = Register or rename the building (admins)
cmd-staff = Add staff (admins)
cmd-doctor = Name the community doctor (admins)
cmd-corrections = Corrected orders (staff)
cmd-fevers = Fever reports (staff, doctor)
cmd-grouplang = Language of group messages (admins)
timeline-more = … { $count } more steps …
cb-sos-already = Your emergency #{ $number } is already open ({ $status }). Keep your phone on!
incident-fallback = ⚠️ Emergency #{ $number }: nobody in the response chain can be reached, so the group's admins and staff are alerted instead: { $people }. If a life is in danger, call 120 now! Staff, please set the chain with /chain.
incident-unreachable = ⚠️ Emergency #{ $number }: neither the response chain nor the group's admins and staff can be reached (they must send /start to the bot privately first). If a life is in danger, call 120 now!
event-fallback = nobody in the chain reachable; alerting group admins and staff
private-sos-sent = 🆘 Emergency #{ $number } sent: your emergency contacts are being called. Keep your phone on, unlock the door and wait. If a life is in danger, call 120 now!
private-sos-unreachable = 🆘 Emergency #{ $number } recorded, but nobody in your building's emergency chain can be reached right now: call 120 now! I keep calling.
private-pointer = I work in your building's group: post requests and orders there. Send /help to see how; in an emergency, tell me here or send /sos.
incident-follow-up = 🆘 Emergency #{ $number }, more from { $author }: { $text }
private-follow-up = 📝 Added to emergency #{ $number } ({ $status }); everyone alerted has been told. If a life is in danger, call 120 now!
event-follow_up = more information

doubt-question = 🆘 Need urgent help? If so, press the button below to raise the emergency now; if a life is in danger, call 120 directly.
btn-doubt-yes = Yes, call now
doubt-note = Possible emergency, please check: { $building } { $flat } { $resident }: “{ $text }”
cb-raise-already = Emergency #{ $number } is already open ({ $status }).
cb-raise-gone = This button is no longer valid; nobody was called. If help is needed, send /sos, or reply /sos to that message.
cb-raise-staff-only = This button is for staff. Anyone can send /sos, or reply /sos to a message, to call for help.
btn-card-sos = Emergency (staff)
order-reply-usage = Usage: reply /order to a message of your own and I make it an order.
order-reply-not-yours = You can only turn your own messages into orders. Ask them to reply /order to it themselves.
order-reply-already = That message is already order #{ $number }.

# what /sos in reply to a message with no text quotes (bot/quoting.py)
media-voice = voice message
media-audio = audio
media-video-note = video message
media-video = video
media-animation = GIF
media-sticker = sticker
media-photo = photo
media-document = file
media-location = location
media-venue = place
media-contact = contact
media-poll = poll
media-other = message

## issue 10: sampling
sampling-list-title = 🧪 Home sampling list: { $date }, { $window }, { $count } households
sampling-list-page = page { $page }/{ $pages }
sampling-day = day { $day }
sampling-progress = sampled { $done }/{ $total }
sampling-list-hint = Sampling staff (staff, building lead, community doctor): press a household's button once it is sampled; press ✅ again to undo a slip.
sampling-list-closed = ⏰ The sampling window is over; households sampled late can still be ticked today.
sampling-cb-ticked = ✅ { $flat } marked as sampled.
sampling-cb-unticked = ↩️ { $flat } is no longer marked as sampled.
sampling-cb-already = { $flat } was already marked as sampled by { $by }.
sampling-cb-already-unticked = { $flat } was not marked.
sampling-cb-not-yet = { $flat } is sampled on { $date }; tick it on the day.
sampling-cb-over = The sampling list of { $date } is closed and can no longer be changed.
sampling-cb-staff-only = Only sampling staff (staff, building lead, community doctor) can tick households.
sampling-missing = 🧪 { $building } { $date }: the sampling window ({ $window }) is over and { $count } of { $total } households were not sampled. Please follow up:
sampling-missing-no-list = 🧪 { $building } { $date }: the sampling window ({ $window }) is over. No sampling list was posted today, so nobody ticked anything: these { $count } households were due; please check:
sampling-all-done = 🧪 { $building } { $date }: all { $total } households sampled ✅
sampling-notice-missed = ⚠️ { $building } { $date }: the sampling list ({ $window }) was not posted in time (the bot was not running), and the window is now over. These { $count } households were due; please check whether they were sampled:
sampling-nobody-told = No building lead or staff member can be told privately (they must send /start to the bot first): staff, please follow up when you see this.
sampling-not-listed = not on the list
sampling-more = …and { $count } more
first-aid-high-fever = 🌡️ 39.5 °C or more in a household under quarantine: stay at home and do not go to a hospital on your own; the community doctor and staff arrange care or transport. Drink water and do not over-wrap. If there is trouble breathing, chest pain, confusion or a convulsion, call 120 now.
source-fever = high fever in quarantine
summary-title = 📋 Daily summary: { $building } { $date }
summary-quarantine-none = No households in quarantine today.
summary-quarantine = In quarantine: { $count } households
summary-quarantine-day = · day { $day }: { $count } ({ $flats })
summary-sampled = Sampling: { $done }/{ $total } households sampled
summary-sampling-missed = Not sampled: { $count } ({ $flats })
summary-rollcall = Temperature roll call { $time }: { $done }/{ $total } households reported
summary-rollcall-silent = · silent: { $count } ({ $flats })
summary-welfare = Welfare checks: { $checked }/{ $asked } done
summary-fevers-none = Fevers: none
summary-fevers = Fevers: { $count } ({ $flats })
summary-orders = Orders: { $opened } opened today, { $delivered } delivered
summary-incidents-none = Emergencies: none
summary-incidents = Emergencies: { $count } ({ $flats })

## issue 10: rollcall
rollcall-header =
    🌡️ Temperature roll call { $date } { $time } · { $building }
    Reply to this message with your temperature (e.g. 36.5), post "3-2-501 36.5", or press the button below. Reporting again replaces your reading.
rollcall-count = Reported { $reported }/{ $total } households
rollcall-fever = fever
rollcall-updated = updated
rollcall-btn-report = Report temperature
rollcall-prompt-own = { $who }, reply to this message with the temperature of { $flat } (e.g. 36.5).
rollcall-prompt-staff = { $who }, reply to this message with the flat and temperature (e.g. 3-2-501 36.5).
rollcall-cb-prompted = Reply in the group to the message I just posted, with the temperature.
rollcall-cb-not-due = Only households on this roll call (flat registered with /register) or staff can report here.
rollcall-cb-gone = This roll call button is no longer valid.
rollcall-cb-closed = This roll call is over; post your temperature in the group, e.g. "3-2-501 36.5".
rollcall-missing = 🌡️ { $building } roll call { $when }: { $count } of { $total } households have not reported:
rollcall-all-reported = ✅ { $building } roll call { $when }: all { $total } households reported.
rollcall-need-living_alone = living alone
rollcall-need-elderly = elderly
rollcall-need-chronic = chronic illness
rollcall-need-dialysis = dialysis
rollcall-need-pregnancy = pregnancy
rollcall-need-disability = disability
rollcall-welfare-ask = 🚪 Welfare check: { $building } { $flat } ({ $needs }) { $note } has missed two roll calls in a row ({ $previous } and { $when }). Please call { $phone } or knock on the door, then press "Checked" and tell me what you found.
rollcall-welfare-ask-no-phone = 🚪 Welfare check: { $building } { $flat } ({ $needs }) { $note } has missed two roll calls in a row ({ $previous } and { $when }). The ledger has no phone number: please knock on the door, then press "Checked" and tell me what you found.
rollcall-btn-checked = Checked
rollcall-welfare-prompt = How is { $flat }? Reply to this message in a few words (e.g. "all well, phone was off").
rollcall-welfare-recorded = Recorded for { $flat }: { $finding }. Thank you!
rollcall-cb-welfare-checked = Thanks! Reply to the message I just sent with what you found.
rollcall-cb-welfare-taken = { $name } has already checked on this household.
rollcall-cb-welfare-denied = Only the building's lead or staff can record a welfare check.
rollcall-nobody-told = ⚠️ Roll call { $when }: { $count } households have not reported ({ $flats }), and no building lead or staff can be messaged privately (they must send /start to the bot first) — staff, please check.
rollcall-nobody-told-welfare = Welfare check needed (missed two roll calls in a row): { $flats }.
rollcall-missed = ⚠️ { $building }: the { $when } roll call was not sent (the bot was not running then) and is not sent late. { $count } households were due: { $flats }. Please collect their temperatures another way.
rollcall-missed-nobody = ⚠️ The { $when } roll call was not sent (the bot was not running then), and no building lead or staff can be messaged privately — staff, please check. { $count } households were due: { $flats }. Residents: please post your temperature in the group, e.g. "3-2-501 36.5".
rollcall-more = … { $rows } more households reported (counted below)

## issue 10: registry

quarantine-usage =
    Usage:
    /quarantine — households of the building in quarantine and their day
    /quarantine 3-2-501 [start date] [type] — register or correct (default: today is day 1, 14 days home quarantine; types: home, 7+7 (7 days home observation + 7 days health monitoring), 10d; dates like 2026-12-03, 12-03, 12/3)
    /quarantine extend 3-2-501 3 — 3 more days
    /quarantine end 3-2-501 — end the quarantine
quarantine-bad-value = I cannot read the { $field } “{ $value }”. Dates like 2026-12-03, 12-03 or 12/3; types like home, 7+7, monitor or 10d. For example: /quarantine 3-2-501 12-03 home
quarantine-bad-extend = Extend by a number of days from 1 to 60 (not “{ $value }”), e.g. /quarantine extend 3-2-501 3
quarantine-registered = 🏠 { $flat } is in quarantine: { $kind }, day 1 is { $start }, until { $end } ({ $status }).
quarantine-corrected = ✏️ { $flat }'s quarantine corrected: { $kind }, day 1 is { $start }, until { $end } ({ $status }).
quarantine-unchanged = 🏠 { $flat } is in quarantine: { $kind }, day 1 is { $start }, until { $end } ({ $status }). To correct: /quarantine { $flat } start type
quarantine-extended = ⏩ { $flat }'s quarantine extended by { $added } days: { $days } days, until { $end } ({ $status }).
quarantine-ended = ✅ { $flat }'s quarantine has ended; no more reminders from now on.
quarantine-none = { $flat } is not in quarantine; nothing changed.
quarantine-too_long = { $flat }'s quarantine would run over { $max } days; nothing changed.
quarantine-conflict = { $flat }'s quarantine was changed by someone else just now, so nothing changed; send /quarantine to see it and try again.
quarantine-register-first = Register your flat with /register 3-2-501 first, then you can see your household's quarantine day.
quarantine-own-only = You can see your own household's quarantine ({ $flat }) only; the building's list is for staff.
quarantine-not-in = { $flat } is not in quarantine.
quarantine-list-header = 🏠 Households of the building in quarantine: { $count } (today { $today })
quarantine-list-empty = No household of the building is in quarantine. To register one: /quarantine 3-2-501
quarantine-line = { $flat } day { $day } · { $kind } · until { $end }
quarantine-line-future = { $flat } starts { $start } · { $kind } · until { $end }
quarantine-kind-home = home quarantine, { $days } days
quarantine-kind-home_monitor = 7+7 home observation + health monitoring, { $days } days
quarantine-kind-custom = quarantine of { $days } days
quarantine-today-day = day { $day } today
quarantine-not-started = not started yet
quarantine-field-date = date
quarantine-field-type = quarantine type
quarantine-field-days = number of days
quarantine-field-needs = need
quarantine-field-language = language
quarantine-field-people = number of people
quarantine-field-phone = phone number
quarantine-field-flat = flat
quarantine-field-building = building
quarantine-field-note = note
quarantine-field-field = field
quarantine-help =
    🏠 Quarantine calendar (staff):
    /quarantine — households in quarantine and their day (residents see their own); /quarantine 3-2-501 [12-03] [home|7+7|10d] — register or correct; /quarantine extend 3-2-501 3 — extend; /quarantine end 3-2-501 — end
    /household 3-2-501 people=3 phone=13800138000 lang=en needs=elderly,living_alone — the household's ledger record
    /settings — time zone, grace period, summary time; /sampling — sampling days and times; /rollcall 08:00 20:00 — roll-call times
household-usage = Usage: /household 3-2-501 shows the household's ledger record; to change it: /household 3-2-501 people=3 phone=13800138000 lang=en needs=elderly,living_alone note=heart condition (Chinese keys 人数= 电话= 语言= 需求= 备注= work too; nothing after = clears it). Needs: living_alone, elderly, chronic, dialysis, pregnancy, disability.
household-unknown = { $flat } is not in the ledger yet.
household-saved = 📋 Ledger record of { $flat } updated.
household-show =
    📋 Household { $flat }
    People: { $people }
    Language: { $language }
    Phone: { $phone }
    Needs: { $needs }
    Note: { $note }
    Quarantine: { $quarantine }
household-none = —
settings-show =
    ⚙️ The community's quarantine calendar
    Time zone: { $timezone } (/settings timezone Asia/Shanghai)
    Sampling: quarantine days { $days }, { $window }, list posted the day before at { $notice } (/sampling)
    Temperature roll call: { $rollcall } (/rollcall 08:00 20:00), the building lead hears of the silent after { $grace } minutes (/settings grace 120)
    Daily summary: { $summary } (/settings summary 21:00)
settings-usage = Usage: /settings shows them; /settings timezone Asia/Shanghai, /settings grace 120 (minutes), /settings summary 21:00, /settings days 1 4 7 10 14, /settings window 08:00-11:00, /settings notice 20:00, /settings rollcall 08:00 20:00
settings-saved = ✅ Saved, for every building of the community.
settings-bad-value = I cannot read the { $name } “{ $value }”: { $hint }
settings-name-timezone = time zone
settings-name-sampling_days = sampling days
settings-name-sampling_window = sampling window
settings-name-sampling_notice = sampling notice time
settings-name-rollcall_times = roll-call times
settings-name-grace_minutes = grace period
settings-name-summary_time = daily summary time
settings-hint-timezone = write an IANA time zone name, such as Asia/Shanghai or Europe/Berlin.
settings-hint-sampling_days = write quarantine days from 1 to 60 separated by spaces, such as 1 4 7 10 14.
settings-hint-sampling_window = write start-end, such as 08:00-11:00 (the end after the start).
settings-hint-sampling_notice = write a 24-hour time, such as 20:00.
settings-hint-rollcall_times = write one to six 24-hour times separated by spaces, such as 08:00 20:00.
settings-hint-grace_minutes = write 5 to 720 minutes, such as 120, 90m or 2h.
settings-hint-summary_time = write a 24-hour time, such as 21:00.
settings-sampling-show = 🧪 Sampling at home on quarantine days { $days }, { $window }; the list is posted in the group the day before at { $notice }.
settings-sampling-usage = Usage: /sampling shows them; staff: /sampling days 1 4 7 10 14, /sampling window 08:00-11:00, /sampling notice 20:00
settings-rollcall-show = 🌡 Temperature roll call every day at { $times }; households still silent after { $grace } minutes are reported to the building lead.
cmd-quarantine = Households in quarantine and their day
cmd-household = A household's ledger record (staff)
cmd-settings = Quarantine calendar settings (staff)
cmd-sampling = Sampling days and times
cmd-rollcall = Temperature roll-call times
quarantine-import-row = row { $row } { $building } { $flat }: { $what }
quarantine-import-new = new household
quarantine-import-fields = ledger changed: { $fields }
quarantine-import-nothing = no change
quarantine-import-q-registered = quarantine registered: { $kind }, day 1 is { $start }
quarantine-import-q-corrected = quarantine corrected to: { $kind }, day 1 is { $start }
quarantine-import-q-conflict = quarantine changed by someone else just now; not changed
quarantine-import-bad = row { $row }, column “{ $column }”: cannot read “{ $value }” (expected a { $field })
quarantine-import-duplicate = row { $row }, column “{ $column }”: { $value } is already on row { $first }
quarantine-import-no_start = row { $row }, column “{ $column }”: quarantine type “{ $value }” but no quarantine start date
quarantine-import-no_building = row { $row }: which building? (add a “building” column, or use --building NAME)
quarantine-import-unknown_building = row { $row }, column “{ $column }”: the community has no building “{ $value }”
quarantine-import-refused = { $count } rows have problems, so nothing was imported. Fix them and import again (--dry-run checks first).
quarantine-import-no-flat-column = No flat column in the file's first 5 rows (a header such as “flat” or “房号”).
quarantine-import-ignored = Columns not known, not imported: { $columns }
quarantine-import-dry = Dry run: the changes of these { $rows } rows were not written.
quarantine-import-done = Imported { $rows } rows.
quarantine-export-done = Exported { $count } households to { $file }.
quarantine-cli-no-building = The community { $community } has no building named “{ $building }” (it has: { $known }).
quarantine-over = With that start and number of days, { $flat }'s quarantine would have ended on { $end }, so nothing was registered. Please check the date.
quarantine-import-over = row { $row }, column “{ $column }”: a quarantine starting “{ $value }” ended before today (check the date, or clear the quarantine cells of households who finished)
quarantine-import-q-over = a quarantine starting { $start } ended before today; not registered
settings-private-none = Only a building's staff can see and change the quarantine calendar settings; send /settings in the building's group.
settings-private-many = You are staff of several communities ({ $communities }); send /settings in the group of a building of the one to change.
settings-private-for = Community: { $community }

## calls
cmd-call = Volunteer call: ask for volunteers (staff)
call-usage =
    Usage: /call task day time-range number, e.g. /call sampling guides tomorrow 07:00-10:00 6
    The day may be today, tomorrow, day after tomorrow, 12-08 or a weekday (mon…sun); none means today.
    Staff: /call close N (stop sign-ups), /call more N 2 (2 more places), /call until N 11:00 (end later)
call-change-usage = Usage: /call close N, /call more N 2, /call until N 11:00 (N is the # on this group's call)
call-staff-only = Only the building's staff, lead or group admins can post and manage calls.
call-problem-no-task = Please say what the task is (e.g. “sampling guides”).
call-problem-no-time = Please give a time range, such as 07:00-10:00.
call-problem-no-slots = Please say how many people, such as 6.
call-problem-bad-time = I cannot read the time range: the end must be after the start, such as 07:00-10:00.
call-problem-bad-date = I cannot read the day: write today, tomorrow, 12-08 or a weekday such as mon.
call-problem-past = That time has already passed.
call-problem-too-many = The number of people must be from 1 to 50.
call-word = Volunteer call
call-signed-word = Signed up
call-state-open = { $left } more needed: press “Sign up” to join.
call-state-full = ✅ All places are taken.
call-state-closed = 🔒 Sign-up is closed.
call-btn-sign-up = Sign up
call-btn-cancel = Cancel my sign-up
call-btn-more = +1 place
call-btn-later = +1 hour
call-btn-close = Close
call-weekday-0 = Mon
call-weekday-1 = Tue
call-weekday-2 = Wed
call-weekday-3 = Thu
call-weekday-4 = Fri
call-weekday-5 = Sat
call-weekday-6 = Sun
call-cb-signed = You are signed up, thank you! I will remind you an hour before.
call-cb-start-bot = (Start a private chat with me first to get the reminder.)
call-cb-cancelled = Your sign-up is cancelled.
call-cb-already = You are already signed up.
call-cb-not-signed = You are not signed up for this call.
call-cb-full = All places are taken, thank you!
call-cb-closed = Sign-up for this call is closed.
call-cb-over = This call's time has passed.
call-cb-not-volunteer = Only the building's volunteers can sign up: send /volunteer in the group first.
call-cb-staff-only = Only the building's staff, lead or group admins can do that.
call-cb-gone = I cannot find this call.
call-cb-extended = Extended.
call-cb-not-later = The new end must be later than the current one.
call-cb-too-many = A call has at most 50 places.
call-cb-closed-now = Sign-up closed.
call-reminder = ⏰ Reminder: volunteer call #{ $number } “{ $title }” ({ $building }) starts in an hour: { $when }.
call-today-header = 📣 Calls you signed up for today ({ $count })
call-today-line = #{ $number } { $title } · { $when } · { $building }
photo-ask = 📷 Order #{ $number } ({ $building }) is delivered, thank you! You may send me a photo of the doorstep (reply to this message); the resident and staff can see it. No photo is fine too: press “Skip”.
photo-btn-skip = Skip
photo-btn-show = Delivery photo
photo-card-note = delivery photo attached
photo-caption = 📷 Order #{ $number } delivery photo · { $building } { $flat } · delivered by { $volunteer }
photo-attached = ✅ The photo is on order #{ $number } and was sent to the resident. Thank you!
photo-attached-card = ✅ The photo is on order #{ $number } (the resident never started a private chat with me; staff can see it from the order card). Thank you!
photo-cb-skipped = OK, no photo needed.
photo-cb-done = This order already has a photo, or it was skipped.
photo-cb-none = This order has no delivery photo.
photo-cb-not-yours = Only the resident, the volunteer who delivered, the building's staff or lead can see the photo.
photo-cb-start-bot = Start a private chat with me first, so I can send you the photo.
photo-cb-sent = I sent you the photo privately.
settings-photo-show = Delivery photo: { $mode } (/settings photo off, /settings photo optional)
settings-photo-optional = asked on Delivered (optional)
settings-photo-off = not asked
settings-name-delivery_photo = delivery photo setting
settings-hint-delivery_photo = write optional or off.

## followup
card-urgent = Urgent
follow-up-unclaimed-group = ⏰ { $urgent }Order #{ $number } ({ $flat } · { $category }) has waited { $minutes } min and nobody has claimed it yet. Volunteers, please look at its card above.
follow-up-lead-told = The building lead has been told privately.
follow-up-nobody-told = No lead or staff member can be messaged privately: staff, please take a look.
follow-up-unclaimed-lead = ⏰ { $urgent }{ $building } order #{ $number } ({ $flat } · { $category }) has waited { $minutes } min unclaimed: { $text }
follow-up-ask = 🚴 { $urgent }You claimed order #{ $number } ({ $building } { $flat } · { $category }) { $minutes } min ago and it is not marked delivered yet: { $text }
    Still on it? If you cannot deliver it, release it and it opens to other volunteers again.
follow-up-btn-still = Still on it
follow-up-btn-release = Release
follow-up-held-lead = ⏳ { $urgent }{ $building } order #{ $number } ({ $flat } · { $category }), claimed by { $volunteer } { $minutes } min ago, is not delivered and the volunteer did not answer when asked: { $text }
follow-up-held-lead-unasked = ⏳ { $urgent }{ $building } order #{ $number } ({ $flat } · { $category }), claimed by { $volunteer } { $minutes } min ago, is not delivered; the volunteer cannot be asked privately (has not started the bot): { $text }
follow-up-held-group = ⏳ { $urgent }Order #{ $number } ({ $flat }), claimed by { $volunteer } { $minutes } min ago, is not delivered, and no lead can be messaged privately: staff, please take a look.
follow-up-cb-still = Thanks! Order #{ $number } stays with you.
follow-up-cb-release = Order #{ $number } released; it is open to other volunteers again.
follow-up-cb-gone = This order no longer needs your answer.
follow-up-cb-denied = Only the volunteer who was asked can answer.
follow-up-cb-answered = You have already answered.
settings-follow-up-show =
    Order follow-ups: unclaimed after { $unclaimed } min raised again in the group and the lead told (/settings unclaimed 30); claimed and not delivered after { $undelivered } min the volunteer asked (/settings undelivered 3h), the lead told after { $answer } min without an answer (/settings answer 30)
    Urgent (medicine for a chronically ill household): unclaimed { $urgent_unclaimed } min (/settings urgent_unclaimed 10), not delivered { $urgent_undelivered } min (/settings urgent_undelivered 1h)
settings-name-unclaimed_minutes = unclaimed follow-up time
settings-name-undelivered_minutes = undelivered follow-up time
settings-name-answer_minutes = volunteer's time to answer
settings-name-urgent_unclaimed_minutes = urgent unclaimed follow-up time
settings-name-urgent_undelivered_minutes = urgent undelivered follow-up time
settings-hint-unclaimed_minutes = write 1 to 1440 minutes, such as 30, 90m or 2h.
settings-hint-undelivered_minutes = write 1 to 1440 minutes, such as 180, 3h or 2h30.
settings-hint-answer_minutes = write 1 to 1440 minutes, such as 30.
settings-hint-urgent_unclaimed_minutes = write 1 to 1440 minutes, such as 10.
settings-hint-urgent_undelivered_minutes = write 1 to 1440 minutes, such as 60 or 1h.
cmd-stats = Time to claim and deliver orders (staff)
stats-title = 📊 { $building }: orders of the last { $days } days
stats-orders = { $opened } orders: { $delivered } delivered, { $open } waiting for a volunteer, { $held } on their way, { $rejected } not orders; { $urgent } urgent
stats-claim = Time to claim (order → claimed, { $count } orders): median { $p50 } min, 90% within { $p90 } min
stats-claim-none = Time to claim: no order claimed yet
stats-deliver = Time to deliver (order → delivered, { $count } orders): median { $p50 } min, 90% within { $p90 } min
stats-deliver-none = Time to deliver: no order delivered yet
stats-follow-ups = Follow-ups: { $raised } raised again unclaimed, { $asked } volunteers asked, { $told } leads told of no answer
summary-order-times = Order times (last { $days } days):

## groupbuy
cmd-merge = Merge 接龙 and goods orders into a shopping list (staff, lead)
groupbuy-list-seen = 📋 Sign-up list “{ $title }”: { $households } households read. When it closes, staff or the lead reply /merge to it, or press the button below, to merge it into a shopping list per shop and a delivery list per floor.
groupbuy-merge-button = Merge
groupbuy-shopping-title = 🛒 <b>Shopping list #{ $number }</b>: { $households } households ({ $orders } of them orders)
groupbuy-list-title = Sign-up list: { $title }
groupbuy-unknown-quantity = { $count } without a quantity
groupbuy-delivery-title = 🚚 Delivery list #{ $number }
groupbuy-floor = { $place } · floor { $floor }
groupbuy-no-flat = no flat given
groupbuy-progress = delivered { $done }/{ $total }
groupbuy-delivery-hint = Once delivered, a volunteer or staff presses the household's button; its order is closed with it.
groupbuy-nothing = Nothing to merge in this round: no open goods order and no sign-up list.
groupbuy-not-allowed = Only staff or the building lead can merge a shopping list.
groupbuy-not-a-list = The message you replied to is not a sign-up list; nothing merged.
groupbuy-already = This sign-up list was merged already.
groupbuy-cb-merged = Merged into shopping list #{ $number }.
groupbuy-cb-delivered = { $who } marked delivered. Thank you!
groupbuy-cb-already = { $who } was marked delivered by { $by }.
groupbuy-cb-not-allowed = Only volunteers or staff can mark a delivery.

## dispatch
btn-assign = Assign
btn-reassign = Reassign
btn-unassign = Unassign
card-status-assigned = assigned by { $assigner } to { $volunteer }
card-assignee-unreached = { $volunteer } has not started the bot and could not be told privately: tell them another way, or reassign.
cb-assigned = Assigned. The volunteer is told privately.
cb-reassigned = Reassigned. Both volunteers are told privately.
cb-unassigned = Taken back: the order is open again.
cb-not-dispatcher = Only staff or the building lead can assign orders.
cb-not-a-volunteer = That person is no longer a volunteer of this building.
cb-pick-volunteer = Pick a volunteer (the number: orders they hold now).
cb-no-volunteers = This building has no volunteers yet (they send /volunteer).
cb-no-other-volunteers = No other volunteer to reassign to; you can take the order back.
dispatch-assigned-you = 📋 { $assigner } assigned you order #{ $number } in { $building }:
dispatch-taken-back = { $assigner } took back order #{ $number } in { $building }: you need not deliver it.
dispatch-reassigned-away = { $assigner } gave order #{ $number } in { $building } to another volunteer: you need not deliver it.
dispatch-unreached = ⚠️ Order #{ $number } ({ $building }) is assigned to { $volunteer }, who has not started the bot and could not be told privately. Tell them another way, or reassign it.
dispatch-unreached-group = ⚠️ { $assigner }: order #{ $number } is assigned to { $volunteer }, who has not started the bot and could not be told privately. Tell them another way, or reassign it.
dispatch-handed-back = { $volunteer } stopped volunteering in { $building } and handed back { $count ->
    [one] order
   *[other] { $count } orders
} ({ $numbers }): open again for anyone to claim.
dispatch-handed-back-group = { $volunteer } stopped volunteering and handed back { $count ->
    [one] order
   *[other] { $count } orders
} ({ $numbers }): open again for anyone to claim.
volunteer-handed-back = { $count ->
    [one] The order you held
   *[other] The { $count } orders you held
} ({ $numbers }) { $count ->
    [one] is
   *[other] are
} open again for others to claim.
held-assigned-by = assigned by { $assigner }
myorders-more = There are more: deliver or release these first.
cb-assigned-unstarted = Assigned, but { $volunteer } has not started the bot and cannot be told privately: tell them another way.

## pairing
# 包户: a volunteer per household, orders offered to them first, daily tasks, /today
cmd-today = Your day: paired households and tasks
cmd-pair = Pair a household with a volunteer (包户)
card-reserved = reserved for { $volunteer } until { $until } (their household)
cb-reserved = This order is reserved for its household's volunteer for a few minutes; if they do not take it, Claim appears for everyone.
pair-staff-only = Only the building's staff or lead can pair households with volunteers.
pair-usage =
    Usage: /pair 3-2-501 @volunteer (or reply to the volunteer's message with /pair 3-2-501)
    To end it: /pair off 3-2-501 · /pair alone lists the building's pairs
pair-bad-flat = I could not read the flat "{ $text }". Write building-unit-flat, for example /pair 3-2-501 @volunteer
pair-unknown-user = I do not know { $username } yet. Ask them to say something in the group first, or reply to one of their messages with /pair 3-2-501.
pair-unknown-flat = { $flat } is neither in this building's ledger nor registered by a resident. Check the flat, or add it first: /household { $flat } people=…
pair-not-volunteer = { $volunteer } is not a volunteer of this building. They can join with /volunteer, then pair again.
pair-paired = 🤝 { $flat } is now paired with { $volunteer }: its orders go to them first for { $minutes } minutes, and its daily tasks (while in quarantine) are on their /today.
pair-moved = 🤝 { $flat } moved from { $previous } to { $volunteer }: its orders go to them first for { $minutes } minutes.
pair-unchanged = { $flat } is already paired with { $volunteer }.
pair-unpaired = { $flat } is no longer paired with { $volunteer }; its orders go to everyone at once.
pair-not-paired = { $flat } has no paired volunteer.
pair-not-started = ⚠️ { $volunteer } has not started the bot yet, so I cannot offer them orders privately: until they send /start to me, this household's orders go to everyone at once.
pair-none = No household of this building is paired with a volunteer yet.
pair-list = 🤝 Paired households ({ $count }):
pair-list-line = { $flat } → { $volunteer }
pair-you = 🤝 You now look after { $flat } ({ $building }): its orders come to you first, here, with a Claim button. Send /today to see your households and daily tasks.
pair-offer =
    🤝 Order #{ $number } from your household { $flat } ({ $building }) · { $category }
    👤 { $resident }
    <blockquote>{ $text }</blockquote>
    It is yours to claim until { $until }; after that it opens to every volunteer.
pair-offer-taken = ✅ You claimed order #{ $number } ({ $flat }, { $building }). Press "Delivered" on its card in the group once it is there.
pair-late = ⏰ { $building }: { $count } household tasks not done by their time
pair-late-group = ⏰ { $building }: { $count } household tasks not done by their time (no building lead can be told privately: staff, please check)
pair-late-line = { $time } { $flat } { $task } · { $volunteer }
pair-handed-back = 🤝 { $volunteer } stopped volunteering in { $building }: their { $count } households are yours now: { $flats }. Pair them with another volunteer with /pair.
pair-handed-nobody = 🤝 { $volunteer } stopped volunteering: households { $flats } have nobody now. Staff, please pair them again with /pair.
task-rubbish = 🗑 rubbish run
task-disinfect = 🧴 stairwell disinfection
today-private-only = /today lists your own households and tasks: send it to me in a private chat.
today-empty = Nothing on your list today: no household paired with you, no order held, no call signed up for.
today-header = 📋 <b>Your day</b>
today-paired = 🤝 Households you look after ({ $count }):
today-household = • { $building } { $flat } · { $people } people · { $needs }
today-tasks = ✅ Today's tasks ({ $count }):
today-task = ◻️ { $time } { $flat } { $task }{ $late ->
    [yes] {" "}⚠️ late
   *[other] {""}
}
today-task-done = ✅ { $time } { $flat } { $task } done
btn-task-done = ✅ done: { $flat } { $task }
cb-task-done = ✅ Done, thank you!
cb-task-already = Already ticked off.
cb-task-denied = Only the household's volunteer, or the building lead or staff, can tick this off.
cb-task-missing = This task no longer exists.
settings-pairing-show = 包户: a paired household's order waits { $window } minutes for its volunteer (/settings pairwindow 10); daily rubbish run at { $rubbish } (/settings rubbish 09:00), stairwell disinfection at { $disinfect } (/settings disinfect 10:00)
settings-name-pair_window_minutes = 包户 claim window
settings-name-rubbish_time = rubbish run time
settings-name-disinfect_time = stairwell disinfection time
settings-hint-pair_window_minutes = write 1 to 120 minutes, such as 10.
settings-hint-rubbish_time = write a 24-hour time, such as 09:00.
settings-hint-disinfect_time = write a 24-hour time, such as 10:00.
quarantine-field-volunteer = paired volunteer (@username or Telegram id)
quarantine-import-unknown_volunteer = row { $row }, column “{ $column }”: I do not know the volunteer “{ $value }” (they must have written in the building's group)
quarantine-import-not_volunteer = row { $row }, column “{ $column }”: “{ $value }” is not a volunteer of that building (/volunteer)
quarantine-import-paired = paired with { $volunteer }

## console
console-link = 🔐 Your console sign-in link (valid { $minutes } minutes, works once, do not forward it):
    { $url }
console-no-access = Only staff, building leads and community doctors can use the console.
console-private-only = Send /console to the bot in a private chat for a console sign-in link (a link must not be posted in a group).
cmd-console = Console sign-in link (staff)
console-title = Louhu console
console-lang-name = English
console-nav-today = Today
console-nav-households = Households
console-nav-incidents = Incidents
console-nav-orders = Orders
console-nav-audit = Changes
console-nav-calendar = Quarantine calendar
console-logout = Sign out
console-login-title = Sign in to the Louhu console
console-login-text = Press the button to sign in. You stay signed in for 12 hours; on a shared computer press “Sign out” when done.
console-login-button = Sign in
console-link-refused-title = This link no longer works
console-link-used = This sign-in link has been used already. Send /console to the bot privately for a new one.
console-link-expired = This sign-in link has expired (links last 10 minutes). Send /console to the bot privately again.
console-link-unknown = This sign-in link is not valid. Send /console to the bot privately for a new one.
console-need-login-title = Please sign in
console-need-login = You are not signed in, or your session has ended. Send /console to the bot privately for a sign-in link.
console-forbidden-title = Not yours to see
console-forbidden = You may not see this: the console shows only the buildings where you are staff, building lead or doctor.
console-csrf = This form has expired; go back, reload the page and try again.
console-logged-out-title = Signed out
console-logged-out = You have signed out of the console. Send /console to the bot privately to sign in again.
console-none = Nothing yet.
console-own-community = This building (no community yet)
console-col-building = Building
console-col-in-quarantine = In quarantine
console-col-open-orders = Open orders
console-col-open-incidents = Open incidents
console-col-reports = Reported today
console-col-missing = Missing today
console-col-sampling = Sampled today / due
console-col-fevers = Fevers today
console-col-welfare = Welfare checks pending
console-col-flat = Flat
console-col-people = People
console-col-language = Language
console-col-quarantine = Quarantine
console-col-day = Day
console-col-needs = Special needs
console-col-phone = Phone
console-col-note = Note
console-col-status = Status
console-col-reported = Reported
console-col-to-alert = To first alert
console-col-to-ack = To acknowledge
console-col-to-transport = To transport
console-col-to-hospital = To hospital
console-col-to-resolve = To resolve
console-col-words = Words
console-col-category = Category
console-col-to-claim = To claim
console-col-to-deliver = To deliver
console-col-when = When
console-col-who = Who
console-col-what = What
console-col-before = Before
console-col-after = After
console-search = flat, phone or note
console-all-buildings = All buildings
console-any-need = Any need
console-quarantined-only = In quarantine only
console-filter = Filter
console-edit = Edit
console-save = Save
console-shown = { $count } households shown.
console-more = There are more: narrow down by building or search.
console-day-of = day { $day } of { $days }
console-day = day { $day }
console-bad-value = Not saved: { $field } “{ $value }” cannot be read.
console-ack-target = 快响 target: the first level acknowledges within its deadline (2 minutes by default); later ones are in red.
console-orders-all = Show all orders
console-orders-open = Show open orders only
console-cal-days = Households in quarantine
console-cal-rollcall = { $time } temperature roll call
console-cal-rollcalls = Today's temperature roll calls
console-cal-sampling = Tomorrow's sampling at home
console-cal-welfare = Welfare checks pending
console-nav-chain = Chain
console-chain-level = Level
console-chain-deadline = Deadline
console-chain-who = Who is alerted
console-chain-chat = chat { $chat }
console-chain-nobody = buildings where nobody holds it
console-chain-not-started = has not started the bot: alerts cannot reach them
console-chain-together = alerted with the level before
console-chain-help = To change the chain: /chain in a building's group, or python -m bot chain import.
console-nav-files = Import/export
console-files-staff-only = Only a community's staff can import and export its ledger.
console-files-export = Export the ledger
console-files-import = Import a ledger
console-files-help = The columns of python -m bot quarantine import (building, flat, people, language, phone, needs, note, quarantine start, quarantine type). A dry run comes first: with any bad row nothing is written, and each problem is named.
console-files-community = Community
console-files-building = Building of rows without a building column
console-files-file = File (.xlsx or .csv)
console-files-dry-run = Dry run (writes nothing)
console-files-import-now = Import these { $rows } rows
console-files-back = Back to import/export
console-files-no-file = Please choose a .xlsx or .csv file.
console-files-refused = { $count } rows have problems, so nothing was imported. Fix them and try again.
console-nav-charts = Charts
console-chart-rollcall = Roll calls, last 14 days: reported and missing
console-chart-fevers = Fevers, last 14 days
console-chart-orders = Orders, last 14 days: opened and delivered
console-chart-opened = opened
console-chart-delivered = delivered
console-chart-incidents = Incidents, last 14 days
console-chart-ack = Incidents, last 14 days: median time to acknowledge (minutes)
console-chart-reported = reported
console-chart-missing = missing
console-chart-fever = fever readings
console-not-served = The staff console is not switched on here: the bot's web server needs WEB_PORT (and PUBLIC_URL behind a proxy); ask whoever runs the bot.

## today (dispatch and calls sections)
today-held = 🛒 Orders you hold ({ $count }): /myorders has their buttons
today-held-order = • #{ $number } { $building } { $flat } · { $category }
today-calls = 📣 Volunteer calls you signed up for today ({ $count }):
today-call = • { $start }–{ $end } { $title } · { $building }

## consoleorders
console-minutes = { $minutes } min
console-hours-minutes = { $hours } h { $minutes } min
console-stale-mark = Overdue
console-stale-unclaimed = unclaimed { $time }
console-stale-held = held { $time }
console-stale-urgent = urgent
console-stale-limit = The community's follow-up time: { $time }
console-orders-stale = Overdue only ({ $count })
console-orders-stale-help = Highlighted: orders past the community's follow-up times, the ones the bot raises again: nobody has claimed them (30 min by default), or they are held and not delivered (3 h); urgent medicine orders sooner (10 min, 1 h). Staff set the times with /settings.
console-col-volunteer = Volunteer
console-col-dispatch = Assign
console-col-paired = Paired volunteer (包户)
console-volunteer-option = { $name } (holds { $held })
console-no-volunteers = No volunteer in this building yet (volunteers send /volunteer in the group).
console-status-open = open
console-status-claimed = held
console-status-delivered = delivered
console-status-rejected = not an order, closed
console-changed-assigned = Order #{ $number } is now { $volunteer }'s: they are told privately, and the group's card shows it.
console-changed-reassigned = Order #{ $number } went to { $volunteer }: they are told privately, and so is whoever held it before.
console-changed-unassigned = Order #{ $number } was taken back: it is open to every volunteer again.
console-changed-unstarted = Order #{ $number } is now { $volunteer }'s, but they have not started the bot and cannot be told privately: tell them another way.
console-changed-conflict = Order #{ $number } changed in the meantime and is { $state } now. Nothing was changed here: look at it again below.
console-changed-not-a-volunteer = Order #{ $number } was not assigned: that person is not a volunteer of its building (any more).
console-pair = Pair
console-unpair = Unpair
console-pair-change = Change
console-pair-paired = { $flat } is now paired with { $volunteer }, who is told privately: its orders go to them first for { $minutes } minutes.
console-pair-moved = { $flat } is now paired with { $volunteer }, who is told privately: its orders go to them first for { $minutes } minutes.
console-pair-unchanged = { $flat } is already paired with { $volunteer }.
console-pair-unpaired = { $flat } is no longer paired: its orders go to everyone at once.
console-pair-not-paired = { $flat } has no paired volunteer.
console-pair-unknown-flat = { $flat } could not be paired.
console-pair-not-volunteer = { $flat } was not paired: that person is not a volunteer of its building (any more).
console-pair-unstarted = { $volunteer } has not started the bot yet, so the orders cannot be offered to them privately: until they send /start, this household's orders go to everyone at once.
console-audit-order-assign = Assigned order
console-audit-order-reassign = Reassigned order
console-audit-order-unassign = Took back order
console-audit-household-pair = Paired
console-audit-household-unpair = Unpaired
## callstaff
call-community-word = Community call
call-community-line = 🏘 Volunteers of every building of { $community } may sign up.
call-not-here = This group is not registered as a building or as a community's staff group yet: for a building, a group admin sends /setup name; for a staff group, staff send /staffgroup community.
call-community-staff-only = Only the community's staff (named with /staff in one of its building groups) or this group's admins can post and manage community calls.
call-cb-community-staff-only = Only the community's staff or this group's admins can do that.
call-cb-not-community-volunteer = Only volunteers of this community's buildings can sign up: send /volunteer in your building's group first.
staffgroup-usage = Usage: /staffgroup community — make this group the community's staff group, where /call asks the volunteers of all its buildings (only the community's staff can: named with /staff in one of its building groups, or admins of those groups); /staffgroup off undoes it.
staffgroup-current = This group is the staff group of { $community }: /call here asks the volunteers of all its buildings.
staffgroup-registered = ✅ This group is now the staff group of { $community }: /call here asks the volunteers of all its buildings, e.g. /call sampling guides tomorrow 07:00-10:00 6.
staffgroup-same = This group already is the staff group of { $community }.
staffgroup-taken = This group is the staff group of { $community }; to move it to another community, the staff of { $community } first send /staffgroup off.
staffgroup-off = This group is no longer the staff group of { $community } (calls already posted go on).
staffgroup-not-registered = This group is not a staff group.
staffgroup-not-staff = Only the staff of { $community } (named with /staff in one of its building groups, or admins of those groups) can do this.
staffgroup-is-building = This group is registered as a building, so it cannot also be a staff group; /call here asks this building's volunteers.
cmd-staffgroup = Make this group the community's staff group (staff)
pair-offer-open =
    ⏰ Order #{ $number } from your household { $flat } ({ $building }) · { $category }
    👤 { $resident }
    <blockquote>{ $text }</blockquote>
    Nobody claimed it by { $until }, so it is now open to every volunteer in the group. Until someone does, you can still claim it here.
call-copy-note = Who signed up is listed in the community's staff group; this building's volunteers can sign up here.
calls-help =
    📣 Volunteer calls (吹哨) and 包户 (staff, lead):
    /call sampling guides tomorrow 07:00-10:00 6 — ask for volunteers (/call close N, /call more N 2, /call until N 11:00); volunteers press "Sign up"
    /staffgroup community — make this group the community's staff group: /call here asks the volunteers of all its buildings
    /pair 3-2-501 @volunteer — a volunteer for a household (/pair off 3-2-501 to end, /pair lists them)
    /merge — merge a 接龙 and goods orders into shopping lists and per-floor delivery lists
    🙌 Volunteers, send me /today privately — today's households, tasks, orders and calls
