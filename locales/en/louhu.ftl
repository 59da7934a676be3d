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
volunteer-has-orders = You still hold { $count } claimed orders. Deliver or release them before you leave.
lang-usage = Usage: /lang zh or /lang en
lang-set = OK, I will speak English with you.
grouplang-usage = Usage: /grouplang zh, /grouplang en or /grouplang both (Chinese and English)
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
    🏠 Residents:
    /register 3-2-501 — register your flat (3幢2单元501 works too)
    Just say in the group what you need ("can someone buy a bag of rice"); I make it an order. If I misread it, press "Not an order" or "Category".
    Report your temperature as "3-2-501 36.5"; 37.3°C or more alerts the community doctor.
    🙌 Volunteers:
    /volunteer — join as a volunteer (/volunteer off to leave)
    Press "Claim" on an order card, "Delivered" when done, "Release" if you cannot make it.
    /myorders — orders you have claimed
    📋 /orders — open orders in this building
    🌐 /lang zh or /lang en — change language
    👮 Staff (group admins):
    /setup name — register or rename the building
    /staff @username — add staff (/staff off @username to remove)
    /doctor @username — name the community doctor (gets fever alerts)
    /fevers — fever reports of the last 24 hours
    /corrections — orders people corrected (to improve understanding)
    /grouplang zh|en|both — language of group messages
unknown-command = I do not know the command { $command }. Send /help to see what I can do.

## Command menu (setMyCommands)

cmd-help = How to use Louhu
cmd-register = Register your flat, e.g. /register 3-2-501
cmd-volunteer = Join or leave the volunteers
cmd-orders = Open orders in this building
cmd-myorders = Orders you have claimed
cmd-lang = Change language zh/en
cmd-setup = Register or rename the building (admins)
cmd-staff = Add staff (admins)
cmd-doctor = Name the community doctor (admins)
cmd-corrections = Corrected orders (staff)
cmd-fevers = Fever reports (staff, doctor)
cmd-grouplang = Language of group messages (admins)
