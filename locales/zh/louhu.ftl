## Group membership and setup

greet-group =
    大家好，我是「楼呼我应」互助机器人 🏠
    居民在群里说需要什么，我会生成订单，志愿者点按钮接单送达。
    请群管理员发送 /setup 楼名 登记本楼，例如：/setup 3号楼
privacy-warning =
    ⚠️ 我现在读不到群里的普通消息（机器人隐私模式开启，而且我不是管理员），所以看不到大家的求助。
    修复方法（任选其一）：
    1）把我设为群管理员；
    2）在 @BotFather 发送 /setprivacy，选择本机器人，选 Disable，然后把我移出群再重新拉进来。
setup-usage = 用法：/setup 楼名，例如 /setup 3号楼
setup-admins-only = 只有群管理员可以登记或更名本楼。
setup-done =
    ✅ 已登记本楼：<b>{ $name }</b>
    居民：发送 /register 楼号-单元-房号 登记住址，例如 /register 3-2-501
    志愿者：发送 /volunteer 加入接单
setup-renamed = ✅ 本楼已更名：{ $old } → <b>{ $name }</b>
group-only = 这个命令需要在楼栋群里使用。
not-set-up = 本群还没有登记为楼栋，请群管理员先发送 /setup 楼名。

## People

start-private =
    你好，{ $name }！我是「楼呼我应」互助机器人。
    把我拉进楼栋群，群管理员发送 /setup 楼名 即可开始。发送 /help 查看全部功能。
    你已开始与我私聊，之后紧急通知也可以私信发给你。
register-usage = 用法：/register 3-2-501（也可以写 3幢2单元501）
register-bad-flat = 没看懂房号「{ $text }」。请写成 楼号-单元-房号，例如 /register 3-2-501
register-done = 🏠 { $name } 已登记为 <b>{ $flat }</b> 的住户。
volunteer-on = 🙌 感谢 { $name } 加入志愿者！有新订单时点「接单」即可。
volunteer-off = { $name } 已退出志愿者，谢谢你的付出！
volunteer-off-usage = 用法：/volunteer 加入志愿者，/volunteer off 退出。
lang-usage = 用法：/lang 加语言代码，例如 /lang zh。可选语言：{ $languages }
lang-set = 好的，以后和你说中文。
community-usage = 本楼属于：{ $current }。用法：/community 社区名（同一社区的楼共用一条应急呼叫链）
community-own = 本楼自己（尚未加入社区）
community-founded = ✅ 本楼已归入社区：{ $community }（该社区的第一栋楼）。发送 /chain 查看或设置该社区的应急呼叫链。
community-joined = ✅ 本楼已归入社区：{ $community }，与该社区其他楼共用应急呼叫链。发送 /chain 查看。
community-refused = ⛔ 社区 { $community } 已有其他楼。只有在其中某栋楼登记为工作人员（/staff）的人才能把本楼加入：请他们在本群发送 /community { $community }。
community-reserved = 这个名字不能用作社区名，请换一个。
grouplang-usage = 用法：/grouplang 加语言代码（可选：{ $languages }）、/grouplang both（中英双语），或用 + 连接两种语言，例如 /grouplang zh+en
grouplang-set = 本群消息语言已设置为：{ $mode }

## Staff

staff-only = 只有本楼工作人员或群管理员可以这样做。
staff-usage =
    用法：/staff @用户名，或回复某人的消息发送 /staff
    取消：/staff off @用户名
staff-unknown-user = 我还不认识 { $username }。请让 TA 先在群里说句话，或者回复 TA 的消息发送 /staff。
staff-added = 👮 { $name } 已成为本楼工作人员。
staff-removed = { $name } 不再是本楼工作人员。

doctor-usage =
    用法：/doctor @用户名，或回复社区医生的消息发送 /doctor
    取消：/doctor off @用户名
doctor-added = 🩺 { $name } 已登记为本楼社区医生，发热提醒会私信发给 TA（需先私聊机器人发送 /start）。
doctor-removed = { $name } 不再是本楼社区医生。

## Order card

card-order = 订单
card-flat-unknown = 未登记房号
card-status-open = 等待志愿者接单
card-status-claimed = { $volunteer } 已接单
card-status-delivered = { $volunteer } 已送达
card-more-items = … 另有 { $count } 项
card-status-rejected = 不是订单，已关闭
category-groceries = 买菜/生活用品
category-medicine = 买药
category-garbage = 倒垃圾
category-errand = 跑腿代办
category-repair = 维修
category-medical = 就医（非紧急）
btn-claim = 接单
btn-not-order = 不是订单
btn-delivered = 已送达
btn-category = 改类别
btn-back = 返回
btn-release = 放弃
order-delivered-notice = 📦 { $resident }，你的订单 #{ $number } 已由 { $volunteer } 送达，请开门取一下。

## Button answers

cb-claimed = 接单成功，谢谢你！
cb-released = 已放弃，订单重新开放给其他志愿者。
cb-delivered = 已标记送达，辛苦了！
cb-rejected = 已标记为不是订单。
cb-recategorized = 已更正类别，谢谢！
cb-already-claimed = 这个订单已被 { $volunteer } 接了。
cb-order-closed = 这个订单已经关闭了。
cb-order-changed = 订单状态刚刚变了，请看最新的卡片。
cb-not-volunteer = 请先发送 /volunteer 登记为志愿者，再来接单。
cb-not-claimer = 只有接单的志愿者或工作人员可以操作。
cb-not-resident-or-staff = 只有下单的居民或工作人员可以操作。
cb-invalid = 这个按钮已失效。
cb-order-missing = 找不到这个订单。

## Health

fever-advice = 🌡️ 体温 { $celsius }°C 已记录，属于发热（≥37.3°C）。请多喝水、注意休息，1 小时后复测；社区医生已收到提醒，会联系你。如出现胸闷、呼吸困难、意识不清，请立即拨打 120。
fever-doctor-alert = 🌡️ 发热提醒：{ $building } { $flat } { $resident } 报告体温 { $celsius }°C，请跟进。
fever-advice-no-doctor = 🌡️ 体温 { $celsius }°C 已记录，属于发热（≥37.3°C）。请多喝水、注意休息，1 小时后复测。本楼目前没有可联系的社区医生：如需要请自行联系你的医生；如出现胸闷、呼吸困难、意识不清，请立即拨打 120。
fever-staff-told = 已私信通知本楼工作人员。
fever-staff-alert = 🌡️ 发热提醒：{ $building } { $flat } { $resident } 报告体温 { $celsius }°C。本楼没有可联系的社区医生（用 /doctor 登记），请跟进。

## Emergencies

sos-received = 🆘 已收到紧急求助，正在第一时间呼叫：{ $levels }。请保持电话畅通，打开家门等候。
sos-nobody = 🆘 本群还没有登记为楼栋，没有人可以呼叫：请立即拨打 120！请群管理员发送 /setup 楼名，再用 /chain 设置呼叫链。
sos-unreachable = 🆘 已收到紧急求助，但目前呼叫链上没有人能联系到：请立即拨打 120！我会继续呼叫。
sos-no-doctor = 目前联系不到社区医生。
first-aid-general = 🆘 请立即拨打 120，打开家门和楼道门方便急救人员进入，陪在病人身边，留意他的呼吸。
first-aid-not-breathing = 🆘 没有呼吸或呼吸不正常：请立即拨打 120 并打开免提。开始胸外按压：在胸部正中用力、快速按压（每分钟 100–120 次），120 调度员会一步步指导你；有人的话让他去取 AED。
first-aid-unresponsive = 🆘 晕倒、叫不醒：请立即拨打 120。检查呼吸：呼吸正常就让他侧卧并一直观察；没有呼吸或呼吸不正常，立即在 120 指导下做胸外按压。
first-aid-breathing = 🫁 呼吸困难：请立即拨打 120。让病人坐着、保持他觉得最舒服的姿势，松开衣物；有哮喘药（吸入剂）就帮他用上。
first-aid-choking = 😮 噎住：能咳就鼓励他用力咳。咳不出、说不出话：拍背 5 次（身体前倾，在两肩胛骨之间用力拍），再做腹部冲击 5 次，交替进行，并拨打 120；婴儿用拍背和胸部按压，不要压腹部。失去意识就开始胸外按压。
first-aid-cardiac = ❤️ 胸痛、胸闷或心脏不适：请立即拨打 120。让病人停止活动，坐下或半躺休息，不要走动；如果失去意识且没有正常呼吸，在 120 指导下做胸外按压。
first-aid-stroke = 🧠 疑似中风：请立即拨打 120，并记下发病时间（最后一次看到他正常是几点）。不要给他吃喝或喂药；如果失去意识但有呼吸，让他侧卧。
first-aid-bleeding = 🩸 大出血：用干净的布或毛巾直接用力按住伤口，持续按压不要松开查看，拨打 120。
first-aid-burn = 🔥 烧伤、烫伤：立即用流动的凉水冲洗至少 20 分钟，取下戒指、手表，用保鲜膜或干净的布轻轻盖住；不要用冰、牙膏或药膏。面积大、在脸上或是孩子，请拨打 120。
first-aid-seizure = ⚡ 抽搐：移开周围硬物，护住头部，不要按压肢体，不要往嘴里塞任何东西，记下开始时间；停止后让他侧卧。超过 5 分钟、第一次发作或受伤，请拨打 120。
first-aid-poisoning = ☠️ 误服或中毒：请立即拨打 120，保留药瓶或包装，不要自行催吐；如果是煤气或烟雾，先让所有人到空气新鲜的地方。
first-aid-fire = 🔥 着火：立即离开，随手关门，用湿毛巾捂住口鼻、低姿撤离，不要乘电梯，到安全地方拨打 119。
first-aid-gas = 💨 燃气泄漏：不要开关电器、不要打电话或点火，打开门窗，关闭燃气阀门，离开后到室外拨打 119。
first-aid-suicide = 💬 请不要让 TA 独处，移开药物、刀具等危险物品，温和地陪伴和倾听。心理援助热线 12356；有危险请拨打 110 或 120。
first-aid-labour = 🤰 临产：请立即拨打 120，让产妇侧躺或以舒服的姿势休息，准备干净的毛巾和保暖的衣物，陪在她身边。
first-aid-fall = 🦴 摔倒起不来：不要强行扶起或搬动，尤其撞到头、颈或背时；盖上衣物保暖，留意他的意识和呼吸，拨打 120。
first-aid-infant-fever = 🌡️ 婴儿发烧：3 个月以下宝宝体温 38 ℃ 以上，或发烧时抽搐、叫不醒、精神很差、出现按压不褪色的皮疹，请立即拨打 120。不要捂得太厚，不要用冷水或酒精擦身，继续喂奶喂水。
first-aid-drowning = 🌊 溺水：在不危及自己的前提下把人救出水，拨打 120；没有呼吸或呼吸不正常，立即在 120 指导下做心肺复苏。
first-aid-electric-shock = ⚡ 触电：先切断电源，切断前不要碰他，拨打 120；没有呼吸或呼吸不正常，立即在 120 指导下做胸外按压。
first-aid-violence = 🚨 有人受到暴力威胁：先保证自己和家人的安全，离开现场或锁好门，立即拨打 110；有人受伤请拨打 120。
alert-title = 🆘 <b>紧急求助 #{ $number }</b> · { $building } { $flat }
alert-level = 呼叫层级：{ $levels }
alert-repeat = ⏰ 第 { $round } 次重复呼叫，仍无人确认！
alert-note = 📋 台账：{ $note }
alert-reporter = 👤 报告人：{ $reporter }
alert-hint = 提示：{ $hint }
alert-roles-empty = ⚠️ 呼叫链依赖的角色本楼无人担任：{ $roles }
alert-state-ack = ✅ { $actor } 已接手（{ $time }）
alert-state-transport = 🚑 已转运（{ $actor }，{ $time }）
alert-state-hospital = 🏥 已就诊（{ $actor }，{ $time }）
alert-state-resolve = ☑️ 已由 { $actor } 于 { $time } 标记解决
btn-ack = 我来处理
btn-transport = 已转运
btn-hospital = 已就诊
btn-resolve = 已解决
btn-escalate = 升级
btn-sos = 🆘 紧急求助
incident-escalated = ⏫ 紧急求助 #{ $number } 未在时限内确认，已升级呼叫：{ $levels }
incident-escalated-by = ⏫ 紧急求助 #{ $number }：{ $actor } 请求增援，现在呼叫：{ $levels }
incident-unanswered = ⚠️ 紧急求助 #{ $number }：还没有人确认接手。如果还没打，请立即拨打 120！仍在呼叫：{ $levels }
incident-unanswered-nobody = ⚠️ 紧急求助 #{ $number }：还没有人确认接手，目前也联系不到呼叫链上的人。请立即拨打 120！
incident-ack = ✅ 紧急求助 #{ $number }：{ $actor } 已接手处理，正在赶往。
incident-transport = 🚑 紧急求助 #{ $number }：已转运（{ $actor }）。
incident-hospital = 🏥 紧急求助 #{ $number }：已到医院就诊（{ $actor }）。
incident-resolve = ☑️ 紧急求助 #{ $number }：已解决（{ $actor }）。
cb-incident-ack = 已由你接手，请尽快处理！
cb-incident-done = 已记录，谢谢！
cb-incident-taken = 已由 { $owner } 接手处理。
cb-incident-already = 这一步已经记录过了。
cb-incident-resolved = 这个求助已经解决了。
cb-incident-escalated = 已升级，现在呼叫：{ $levels }
cb-incident-escalated-again = 没有更高一级可呼叫，已再次呼叫：{ $levels }
cb-incident-top = 没有更高一级可以呼叫了，呼叫链上的人都已收到通知。如有需要请拨打 120。
cb-incident-not-yours = 你不在这个求助的呼叫名单里。
cb-incident-missing = 找不到这个紧急求助。

sos-private-help = 🆘 如有生命危险请立即拨打 120。请在你的楼栋群里发送 /sos，我会呼叫楼道长和社区医生。
cb-sos-sent = 已发出紧急求助，正在呼叫，请保持电话畅通！
cb-sos-calling = 已发出紧急求助 #{ $number }，正在呼叫：{ $levels }。请保持电话畅通！
cb-sos-unreachable = 紧急求助 #{ $number } 已记录，但目前呼叫链上没有人能联系到：请立即拨打 120！
cb-sos-nobody = 本群还没有登记为楼栋，没有人可以呼叫：请立即拨打 120！
incident-usage = 用法：/incident 编号，例如 /incident 3
incident-status-open = 等待确认
incident-status-acknowledged = 处理中
incident-status-resolved = 已解决
timeline-title = 🕘 <b>紧急求助 #{ $number }</b> · { $flat } · { $status }
timeline-line = { $time } { $action } { $actor } { $detail }
event-reported = 报告
event-escalated = 超时升级
event-escalated_now = 手动升级
event-repeated = 重复呼叫
event-ack = 确认接手
event-transport = 已转运
event-hospital = 已就诊
event-resolve = 已解决
event-alert_failed = 呼叫未送达
event-nobody_to_alert = 该层级无人可呼叫
source-message = 群消息
source-sos = /sos 命令
source-button = 🆘 按钮
timeline-stage = 第 { $stage } 级：{ $levels }
timeline-fallback = 呼叫 { $count } 人
timeline-alert-failed = 会话 { $chat }（Telegram：{ $error }）
response-ack = ⏱ 报告→确认：{ $minutes } 分钟
response-transport = ⏱ 报告→转运：{ $minutes } 分钟
response-hospital = ⏱ 报告→就诊：{ $minutes } 分钟
incidents-empty = 本楼没有未解决的紧急求助。
incidents-header = 🆘 未解决的紧急求助（{ $count }）：
incidents-line = #{ $number } { $flat } · { $status } · { $time }
incidents-line-building = #{ $number } { $building } { $flat } · { $status } · { $time }
incidents-none-private = 你负责的社区没有未解决的紧急求助。
incidents-not-staff = 只有楼栋工作人员、楼道长和社区医生可以查看紧急求助列表。
chain-title = 🔗 { $community } 社区的应急呼叫链（每行：层级 | 确认时限 | 呼叫对象；行首 + 表示与上一级同时呼叫）：
chain-title-own = 🔗 本楼的应急呼叫链（本楼尚未加入社区，可用 /community 社区名 加入）（每行：层级 | 确认时限 | 呼叫对象；行首 + 表示与上一级同时呼叫）：
chain-unreachable = ⚠️ 这些人还没有私聊过机器人，收不到私信呼叫，请让他们先给机器人发送 /start：{ $people }
chain-roles-empty = ⚠️ 呼叫链依赖的角色本楼无人担任，呼叫到这些角色时不会有人收到：{ $roles }
chain-webhooks-missing = ⚠️ 这些 webhook 没有在 ESCALATION_WEBHOOKS 里配置，呼叫时不会有人收到：{ $webhooks }
role-lead = 楼道长（/lead）
role-doctor = 社区医生（/doctor）
role-staff = 工作人员（/staff）
chain-help =
    修改：发送 /chain 加上新的各行，例如
    /chain 楼道长和社区医生 | 2m | role:lead role:doctor
    社区防疫组 | 3m | @zhang_san chat:-1001234567890
    街道 | 5m | @street_duty
    + 区卫健委 | 5m | @district_duty | webhook:district
chain-error-shape = 第 { $line } 行：请写成 名称 | 时限 | 呼叫对象
chain-error-deadline = 第 { $line } 行：「{ $value }」不是时限，请写 2m 或 90s（10 秒到 24 小时）
chain-error-target = 第 { $line } 行：「{ $value }」不是呼叫对象（@用户名、role:lead、role:doctor、role:staff、person:编号 或 chat:编号）
chain-error-id = 第 { $line } 行：「{ $value }」里的编号不是 Telegram 编号（只能是数字，且不超过 2^52）
chain-error-first-plus = 第 { $line } 行：第一级不能以 + 开头
chain-error-empty = 呼叫链里没有任何层级
chain-bad = 呼叫链格式有误：{ $error }
chain-unknown = 我还不认识这些用户：{ $usernames }。请让他们先在群里说句话或私聊机器人，然后再设置。
chain-file-saved = 已为社区 { $community } 保存 { $levels } 级呼叫链
chain-file-unknown = 这些用户还不认识（他们须先给机器人发过消息）：{ $usernames }

# The default chain's level names and the fallback's (stored as these keys, shown translated)
level-lead-doctor = 楼道长和社区医生
level-epidemic-team = 社区防疫组
level-street = 街道
level-district = 区卫健委
level-fallback = 群管理员和工作人员
level-lead = 楼道长
level-doctor = 社区医生
note-usage = 用法：/note 3-2-501 独居老人 心脏病（不写内容则清除）
note-saved = 📋 已记录 { $flat } 的台账备注：{ $note }
lead-usage =
    用法：/lead @用户名，或回复楼道长的消息发送 /lead
    取消：/lead off @用户名
lead-added = 🧭 { $name } 已登记为本楼楼道长，紧急求助会第一时间呼叫 TA（需先私聊机器人发送 /start）。
lead-removed = { $name } 不再是本楼楼道长。

## Lists

orders-header = 📋 { $building } 进行中的订单（{ $count }）：
orders-empty = 📋 { $building } 目前没有进行中的订单。
orders-line = #{ $number } { $category } · { $flat } · { $status }
orders-more = ……还有 { $count } 个
myorders-header = 🚴 你已接的订单（{ $count }）：
myorders-empty = 你目前没有已接的订单。
myorders-line = #{ $number } { $building } · { $category } · { $flat }
status-open = 待接单
status-claimed = { $volunteer } 已接单
flat-unknown = 未登记房号

## Review

corrections-empty = 最近没有被更正的订单。
corrections-header = ✏️ 最近被更正的订单（{ $count }）：
correction-line = #{ $number } { $change }：「{ $text }」
correction-not-order = 标为不是订单
correction-category = 类别 { $old } → { $new }
fevers-empty = 最近 24 小时没有发热报告。
fevers-header = 🌡️ 最近 24 小时的发热报告（{ $count }）：
fever-line = { $flat } { $resident } { $celsius }°C（{ $time }）

## Help and fallbacks

help =
    <b>「楼呼我应」使用说明</b>
    🆘 紧急情况（胸痛、呼吸困难、晕倒、着火……）：直接在群里说，或发送 /sos，或点下面的按钮；我会立刻呼叫楼道长、社区医生，无人确认就逐级上报。看到邻居或家人的消息像是出事了，回复那条消息发送 /sos，我会引用那条消息和 TA 的房号呼叫。
    🏠 居民：
    /register 3-2-501 — 登记住址（也可以写 3幢2单元501）
    直接在群里说需要什么（如「帮忙买一袋大米」），我会生成订单；识别错了可点「不是订单」或「改类别」。没被识别成订单？回复自己的那条消息发送 /order。
    报体温直接发，如「3-2-501 36.5」；≥37.3°C 会提醒社区医生。
    🙌 志愿者：
    /volunteer — 加入志愿者（/volunteer off 退出）
    点订单卡片上的「接单」，送到后点「已送达」；送不了就点「放弃」。
    /myorders — 我已接的订单
    📋 /orders — 本楼进行中的订单
    🌐 /lang zh、/lang en … — 切换语言（/lang 列出可选语言）
    👮 工作人员（群管理员）：
    /setup 楼名 — 登记或更名本楼
    /staff @用户名 — 添加工作人员（/staff off @用户名 取消）
    /doctor @用户名 — 登记社区医生（接收发热提醒）
    /fevers — 最近 24 小时的发热报告
    /corrections — 被更正的订单（帮助改进识别）
    /stats — 最近 7 天订单的接单和送达用时
    /lead @用户名 — 登记楼道长；/chain — 查看或设置应急呼叫链；/note 3-2-501 备注 — 台账备注
    /incidents — 未解决的紧急求助；/incident 编号 — 时间线；/community 社区名 — 本楼所属社区
    /grouplang zh|en|both|… — 群消息语言
    { quarantine-help }
    { calls-help }
unknown-command = 我不认识命令 { $command }。发送 /help 查看可用命令。

## Command menu (setMyCommands)

cmd-sos = 紧急求助（立即呼叫；回复某条消息可为 TA 呼叫）
cmd-order = 把自己的消息变成订单（回复那条消息）
cmd-incident = 紧急求助时间线
cmd-incidents = 未解决的紧急求助（工作人员）
cmd-chain = 应急呼叫链（工作人员）
cmd-lead = 登记楼道长（管理员）
cmd-note = 台账备注（工作人员）
cmd-community = 本楼所属社区（工作人员）
cmd-help = 使用说明
cmd-register = 登记住址，如 /register 3-2-501
cmd-volunteer = 加入或退出志愿者
cmd-orders = 本楼进行中的订单
cmd-myorders = 我已接的订单
cmd-lang = 切换语言
cmd-setup = 登记或更名本楼（管理员）
cmd-staff = 添加工作人员（管理员）
cmd-doctor = 登记社区医生（管理员）
cmd-corrections = 被更正的订单（工作人员）
cmd-fevers = 发热报告（工作人员、医生）
cmd-grouplang = 群消息语言（管理员）
timeline-more = … 中间省略 { $count } 条记录 …
cb-sos-already = 你的紧急求助 #{ $number } 已在处理（{ $status }），请保持电话畅通！
incident-fallback = ⚠️ 紧急求助 #{ $number }：呼叫链上没有能联系到的人，已改为呼叫本群管理员和工作人员：{ $people }。如有生命危险请立即拨打120！工作人员请用 /chain 设置呼叫链。
incident-unreachable = ⚠️ 紧急求助 #{ $number }：呼叫链、群管理员和工作人员都联系不上（需要先私聊机器人发送 /start）。如有生命危险请立即拨打120！
event-fallback = 呼叫链无人可达，改呼群管理员和工作人员
private-sos-sent = 🆘 已发出紧急求助 #{ $number }，正在呼叫应急联系人，请保持电话畅通、打开家门等候。如有生命危险请立即拨打120！
private-sos-unreachable = 🆘 紧急求助 #{ $number } 已记录，但目前联系不到你所在楼栋呼叫链上的任何人：请立即拨打 120！我会继续呼叫。
private-pointer = 我在楼栋群里工作：请在你的楼栋群里发消息求助或下单。发送 /help 查看使用说明；紧急情况可直接在这里说明，或发送 /sos。
incident-follow-up = 🆘 紧急求助 #{ $number } 补充（{ $author }）：{ $text }
private-follow-up = 📝 已补充到你的紧急求助 #{ $number }（{ $status }），已告知所有被呼叫的人。如有生命危险请立即拨打 120！
event-follow_up = 补充说明

doubt-question = 🆘 需要紧急帮助吗？如果需要，请按下面的按钮马上发出紧急求助；有生命危险请直接拨打 120。
btn-doubt-yes = 是，马上呼叫
doubt-note = 可能的紧急情况，请查看：{ $building } { $flat } { $resident }：「{ $text }」
cb-raise-already = 紧急求助 #{ $number } 已经在处理中（{ $status }）。
cb-raise-gone = 这个按钮已失效，没有发起呼叫。需要帮助请发送 /sos，或回复那条消息 /sos。
cb-raise-staff-only = 这个按钮只供工作人员使用。任何人都可以发送 /sos，或回复某条消息 /sos 来呼叫帮助。
btn-card-sos = 紧急（工作人员）
order-reply-usage = 用法：回复你自己的那条消息，发送 /order，我就把它变成订单。
order-reply-not-yours = 只能把你自己的消息变成订单。请让 TA 自己回复那条消息发送 /order。
order-reply-already = 这条消息已经是订单 #{ $number } 了。

# what /sos in reply to a message with no text quotes (bot/quoting.py)
media-voice = 语音
media-audio = 音频
media-video-note = 视频消息
media-video = 视频
media-animation = 动图
media-sticker = 表情
media-photo = 图片
media-document = 文件
media-location = 位置
media-venue = 地点
media-contact = 名片
media-poll = 投票
media-other = 消息

## issue 10: sampling
sampling-list-title = 🧪 上门采样名单：{ $date }，时间 { $window }，共 { $count } 户
sampling-list-page = 第 { $page }/{ $pages } 页
sampling-day = 第{ $day }天
sampling-progress = 已采 { $done }/{ $total }
sampling-list-hint = 采样人员（工作人员、楼长、社区医生）采完一户点一下该户按钮打勾；点错了再点 ✅ 可取消。
sampling-list-closed = ⏰ 采样时间已结束；当天补采的仍可打勾。
sampling-cb-ticked = ✅ { $flat } 已标记为已采样。
sampling-cb-unticked = ↩️ 已取消 { $flat } 的采样标记。
sampling-cb-already = { $flat } 已由 { $by } 标记为已采样。
sampling-cb-already-unticked = { $flat } 本来就未标记。
sampling-cb-not-yet = { $flat } 的采样在 { $date }，请当天再打勾。
sampling-cb-over = { $date } 的采样名单已结束，不能再修改。
sampling-cb-staff-only = 只有采样人员（工作人员、楼长、社区医生）可以打勾。
sampling-missing = 🧪 { $building } { $date } 采样时间（{ $window }）已结束：{ $total } 户中有 { $count } 户未采样，请跟进：
sampling-missing-no-list = 🧪 { $building } { $date } 采样时间（{ $window }）已结束。今天没有发出采样名单，所以没有人打勾：以下 { $count } 户应采样，请核实：
sampling-all-done = 🧪 { $building } { $date } 的 { $total } 户已全部采样 ✅
sampling-notice-missed = ⚠️ { $building } { $date } 的采样名单（{ $window }）没有按时发出（机器人当时没有运行），现在采样时间已过。应采样的 { $count } 户，请核实是否已采：
sampling-nobody-told = 没有能私信通知的楼长或工作人员（需要先私聊机器人发送 /start）：请工作人员看到后跟进。
sampling-not-listed = 不在名单上
sampling-more = …还有 { $count } 户
first-aid-high-fever = 🌡️ 隔离中的住户体温 ≥39.5°C：请留在家中，不要自行外出就医，社区医生和工作人员会安排诊治或转运；多喝水，减少衣被。如出现呼吸困难、胸痛、意识不清或抽搐，请立即拨打 120。
source-fever = 隔离住户高烧
summary-title = 📋 每日汇总：{ $building } { $date }
summary-quarantine-none = 今天没有隔离中的住户。
summary-quarantine = 隔离中：{ $count } 户
summary-quarantine-day = · 第{ $day }天：{ $count } 户（{ $flats }）
summary-sampled = 采样：已采 { $done }/{ $total } 户
summary-sampling-missed = 未采样：{ $count } 户（{ $flats }）
summary-rollcall = 体温接龙 { $time }：已报 { $done }/{ $total } 户
summary-rollcall-silent = · 未报：{ $count } 户（{ $flats }）
summary-welfare = 上门查看：已完成 { $checked }/{ $asked }
summary-fevers-none = 发热：无
summary-fevers = 发热：{ $count } 次（{ $flats }）
summary-orders = 订单：今日新增 { $opened }，已送达 { $delivered }
summary-incidents-none = 紧急事件：无
summary-incidents = 紧急事件：{ $count } 起（{ $flats }）

## issue 10: rollcall
rollcall-header =
    🌡️ 体温接龙 { $date } { $time } · { $building }
    请回复本消息报体温（如 36.5），或发“3-2-501 36.5”，或点下方按钮。重复上报以最新一次为准。
rollcall-count = 已报 { $reported }/{ $total } 户
rollcall-fever = 发热
rollcall-updated = 已更新
rollcall-btn-report = 报体温
rollcall-prompt-own = { $who }，请回复本消息，报 { $flat } 的体温（如 36.5）。
rollcall-prompt-staff = { $who }，请回复本消息，写房号和体温（如 3-2-501 36.5）。
rollcall-cb-prompted = 请在群里回复我刚发的消息，写上体温。
rollcall-cb-not-due = 只有本次接龙中的住户（已用 /register 登记房号）或工作人员可以在这里上报。
rollcall-cb-gone = 这个接龙按钮已失效。
rollcall-cb-closed = 这次接龙已结束；请直接在群里发体温，如“3-2-501 36.5”。
rollcall-missing = 🌡️ { $building } { $when } 体温接龙：{ $total } 户中有 { $count } 户未上报：
rollcall-all-reported = ✅ { $building } { $when } 体温接龙：{ $total } 户已全部上报。
rollcall-need-living_alone = 独居
rollcall-need-elderly = 老人
rollcall-need-chronic = 慢性病
rollcall-need-dialysis = 透析
rollcall-need-pregnancy = 孕妇
rollcall-need-disability = 残障
rollcall-welfare-ask = 🚪 请上门/电话探视：{ $building } { $flat }（{ $needs }）{ $note } 连续两次未报体温（{ $previous } 和 { $when }）。请拨打 { $phone } 或上门敲门，然后点“已查看”并告诉我情况。
rollcall-welfare-ask-no-phone = 🚪 请上门探视：{ $building } { $flat }（{ $needs }）{ $note } 连续两次未报体温（{ $previous } 和 { $when }）。台账里没有电话，请上门敲门，然后点“已查看”并告诉我情况。
rollcall-btn-checked = 已查看
rollcall-welfare-prompt = { $flat } 情况如何？请回复本消息简单说明（如“一切正常，手机没电”）。
rollcall-welfare-recorded = 已记录 { $flat } 的探视情况：{ $finding }。谢谢！
rollcall-cb-welfare-checked = 谢谢！请回复我刚发的消息，说明情况。
rollcall-cb-welfare-taken = { $name } 已经探视过这户。
rollcall-cb-welfare-denied = 只有本楼的楼长或工作人员可以登记探视。
rollcall-nobody-told = ⚠️ { $when } 体温接龙：有 { $count } 户未上报（{ $flats }），但没有楼长或工作人员能收到私信（需要先私聊机器人发送 /start）——请工作人员核实。
rollcall-nobody-told-welfare = 需要上门探视（连续两次未报）：{ $flats }。
rollcall-missed = ⚠️ { $building }：{ $when } 的体温接龙没有发出（当时机器人未运行），不会补发。应报 { $count } 户：{ $flats }。请用其他方式收集体温。
rollcall-missed-nobody = ⚠️ { $when } 的体温接龙没有发出（当时机器人未运行），也没有楼长或工作人员能收到私信——请工作人员核实。应报 { $count } 户：{ $flats }。各户请直接在群里发体温，如“3-2-501 36.5”。
rollcall-more = …… 还有 { $rows } 户已上报，放不下（人数见下方）

## issue 10: registry

quarantine-usage =
    用法：
    /quarantine — 本楼隔离中的住户及第几天
    /quarantine 3-2-501 [开始日期] [类型] — 登记或更正（默认今天为第 1 天、居家隔离 14 天；类型：居家隔离、7+7（7天居家观察+7天健康监测）、10天；日期如 2026-12-03、12-03、12/3、12月3日）
    /quarantine extend 3-2-501 3 — 延长 3 天
    /quarantine end 3-2-501 — 解除隔离
quarantine-bad-value = 看不懂{ $field }“{ $value }”。日期如 2026-12-03、12-03、12/3、12月3日；类型如 居家隔离、7+7、居家健康监测、10天。发送 /quarantine 3-2-501 12-03 居家隔离 这样的格式。
quarantine-bad-extend = 延长的天数要写 1 到 60 的数字（“{ $value }”不行），如 /quarantine extend 3-2-501 3
quarantine-registered = 🏠 { $flat } 已登记隔离：{ $kind }，{ $start } 为第 1 天，至 { $end }（{ $status }）。
quarantine-corrected = ✏️ { $flat } 的隔离已更正：{ $kind }，{ $start } 为第 1 天，至 { $end }（{ $status }）。
quarantine-unchanged = 🏠 { $flat } 隔离中：{ $kind }，{ $start } 为第 1 天，至 { $end }（{ $status }）。更正：/quarantine { $flat } 开始日期 类型
quarantine-extended = ⏩ { $flat } 的隔离延长 { $added } 天：共 { $days } 天，至 { $end }（{ $status }）。
quarantine-ended = ✅ { $flat } 已解除隔离，从现在起不再提醒。
quarantine-none = { $flat } 目前不在隔离中，没有更改。
quarantine-too_long = { $flat } 的隔离延长后会超过 { $max } 天，没有更改。
quarantine-conflict = { $flat } 的隔离刚被别人改过，这次没有更改；请发送 /quarantine 查看后再试。
quarantine-register-first = 请先用 /register 3-2-501 登记您的房号，就能查看您家的隔离天数。
quarantine-own-only = 您只能查看自己家（{ $flat }）的隔离情况；全楼名单只给工作人员看。
quarantine-not-in = { $flat } 目前不在隔离中。
quarantine-list-header = 🏠 本楼隔离中的住户：{ $count } 户（今天 { $today }）
quarantine-list-empty = 本楼目前没有隔离中的住户。登记：/quarantine 3-2-501
quarantine-line = { $flat } 第 { $day } 天 · { $kind } · 至 { $end }
quarantine-line-future = { $flat } { $start } 开始 · { $kind } · 至 { $end }
quarantine-kind-home = 居家隔离 { $days } 天
quarantine-kind-home_monitor = 7+7 居家观察+健康监测 共 { $days } 天
quarantine-kind-custom = 隔离 { $days } 天
quarantine-today-day = 今天第 { $day } 天
quarantine-not-started = 尚未开始
quarantine-field-date = 日期
quarantine-field-type = 隔离类型
quarantine-field-days = 天数
quarantine-field-needs = 特殊需求
quarantine-field-language = 语言
quarantine-field-people = 人数
quarantine-field-phone = 电话
quarantine-field-flat = 房号
quarantine-field-building = 楼栋
quarantine-field-note = 备注
quarantine-field-field = 项目
quarantine-help =
    🏠 隔离日历（工作人员）：
    /quarantine — 本楼隔离中的住户及第几天（居民只看到自己家）；/quarantine 3-2-501 [12-03] [居家隔离|7+7|10天] — 登记或更正；/quarantine extend 3-2-501 3 — 延长；/quarantine end 3-2-501 — 解除
    /household 3-2-501 人数=3 电话=13800138000 语言=en 需求=独居,老人 — 住户台账
    /settings — 时区、宽限、汇总时间；/sampling — 采样日与时间；/rollcall 08:00 20:00 — 体温接龙时间
household-usage = 用法：/household 3-2-501 查看住户台账；修改：/household 3-2-501 人数=3 电话=13800138000 语言=en 需求=独居,老人 备注=心脏病（也可写 people= phone= lang= needs= note=；等号后留空则清除）。需求：独居、老人、慢性病、透析、孕妇、残疾。
household-unknown = 台账里还没有 { $flat }。
household-saved = 📋 已更新 { $flat } 的台账。
household-show =
    📋 住户 { $flat }
    人数：{ $people }
    语言：{ $language }
    电话：{ $phone }
    特殊需求：{ $needs }
    备注：{ $note }
    隔离：{ $quarantine }
household-none = 无
settings-show =
    ⚙️ 本社区隔离日历设置
    时区：{ $timezone }（/settings timezone Asia/Shanghai）
    核酸采样：隔离第 { $days } 天，{ $window }，前一天 { $notice } 公布名单（/sampling）
    体温接龙：{ $rollcall }（/rollcall 08:00 20:00），{ $grace } 分钟未报告知楼道长（/settings grace 120）
    每日汇总：{ $summary }（/settings summary 21:00）
settings-usage = 用法：/settings 查看；/settings timezone Asia/Shanghai、/settings grace 120（分钟）、/settings summary 21:00、/settings days 1 4 7 10 14、/settings window 08:00-11:00、/settings notice 20:00、/settings rollcall 08:00 20:00
settings-saved = ✅ 已保存，本社区所有楼栋生效。
settings-bad-value = 看不懂{ $name }“{ $value }”：{ $hint }
settings-name-timezone = 时区
settings-name-sampling_days = 采样日
settings-name-sampling_window = 采样时间
settings-name-sampling_notice = 采样通知时间
settings-name-rollcall_times = 体温接龙时间
settings-name-grace_minutes = 宽限时间
settings-name-summary_time = 每日汇总时间
settings-hint-timezone = 请写 IANA 时区名，如 Asia/Shanghai、Europe/Berlin。
settings-hint-sampling_days = 请写 1 到 60 的隔离天数，用空格分开，如 1 4 7 10 14。
settings-hint-sampling_window = 请写“开始-结束”，如 08:00-11:00（结束要晚于开始）。
settings-hint-sampling_notice = 请写 24 小时制时间，如 20:00。
settings-hint-rollcall_times = 请写一到六个 24 小时制时间，用空格分开，如 08:00 20:00。
settings-hint-grace_minutes = 请写 5 到 720 分钟，如 120、90m、2h。
settings-hint-summary_time = 请写 24 小时制时间，如 21:00。
settings-sampling-show = 🧪 核酸采样：隔离第 { $days } 天上门采样，时间 { $window }；前一天 { $notice } 在群里公布名单。
settings-sampling-usage = 用法：/sampling 查看；工作人员：/sampling days 1 4 7 10 14、/sampling window 08:00-11:00、/sampling notice 20:00
settings-rollcall-show = 🌡 体温接龙：每天 { $times }；{ $grace } 分钟后仍未报告的住户会告知楼道长。
cmd-quarantine = 隔离住户与第几天
cmd-household = 住户台账（工作人员）
cmd-settings = 隔离日历设置（工作人员）
cmd-sampling = 核酸采样日与时间
cmd-rollcall = 体温接龙时间
quarantine-import-row = 第 { $row } 行 { $building } { $flat }：{ $what }
quarantine-import-new = 新住户
quarantine-import-fields = 台账更改：{ $fields }
quarantine-import-nothing = 无更改
quarantine-import-q-registered = 登记隔离：{ $kind }，{ $start } 为第 1 天
quarantine-import-q-corrected = 更正隔离为：{ $kind }，{ $start } 为第 1 天
quarantine-import-q-conflict = 隔离刚被别人改过，未更改
quarantine-import-bad = 第 { $row } 行，“{ $column }”列：看不懂“{ $value }”（应为{ $field }）
quarantine-import-duplicate = 第 { $row } 行，“{ $column }”列：{ $value } 与第 { $first } 行重复
quarantine-import-no_start = 第 { $row } 行，“{ $column }”列：有隔离类型“{ $value }”但没有隔离开始日期
quarantine-import-no_building = 第 { $row } 行：不知道是哪栋楼（加一列“楼栋”，或用 --building 楼名）
quarantine-import-unknown_building = 第 { $row } 行，“{ $column }”列：本社区没有楼栋“{ $value }”
quarantine-import-refused = { $count } 行有问题，什么都没有导入。改正后再导入（可先加 --dry-run 检查）。
quarantine-import-no-flat-column = 文件前 5 行里找不到房号列（表头如“房号”或“flat”）。
quarantine-import-ignored = 不认识这些列，未导入：{ $columns }
quarantine-import-dry = 试运行：以上 { $rows } 行的更改都没有写入。
quarantine-import-done = 已导入 { $rows } 行。
quarantine-export-done = 已导出 { $count } 户到 { $file }。
quarantine-cli-no-building = 社区 { $community } 没有叫“{ $building }”的楼栋（已有：{ $known }）。
quarantine-over = { $flat } 按这个开始日期和天数，隔离在 { $end } 就已结束，没有登记。请检查日期。
quarantine-import-over = 第 { $row } 行，“{ $column }”列：从“{ $value }”开始的隔离今天之前就已结束（请检查日期，或清空已结束住户的隔离列）
quarantine-import-q-over = 从 { $start } 开始的隔离今天之前就已结束，未登记
settings-private-none = 只有楼栋的工作人员可以查看和修改隔离日历设置；请在楼栋群里发送 /settings。
settings-private-many = 您是多个社区的工作人员（{ $communities }）；请在要修改的楼栋群里发送 /settings。
settings-private-for = 社区：{ $community }

## calls
cmd-call = 吹哨：发布志愿者召集（工作人员）
call-usage =
    用法：/call 任务 日期 时间段 人数，例如 /call 核酸采样引导 明天 07:00-10:00 6人
    日期可写 今天、明天、后天、12月8日、周一；不写即今天。
    工作人员：/call close 编号（结束报名），/call more 编号 2（加 2 个名额），/call until 编号 11:00（延长到 11:00）
call-change-usage = 用法：/call close 编号，/call more 编号 2，/call until 编号 11:00（本群的召集编号，见召集消息上的 #）
call-staff-only = 只有本楼工作人员、楼长或群管理员可以发布和管理召集。
call-problem-no-task = 请写上任务是什么（如“核酸采样引导”）。
call-problem-no-time = 请写上时间段，如 07:00-10:00。
call-problem-no-slots = 请写上需要几个人，如 6人。
call-problem-bad-time = 时间段看不懂：结束要晚于开始，如 07:00-10:00。
call-problem-bad-date = 日期看不懂：可写 今天、明天、后天、12月8日 或 周一。
call-problem-past = 这个时间已经过去了。
call-problem-too-many = 人数要在 1 到 50 之间。
call-word = 吹哨
call-signed-word = 已报名
call-state-open = 还差 { $left } 人，点“报名”加入。
call-state-full = ✅ 名额已满。
call-state-closed = 🔒 报名已结束。
call-btn-sign-up = 报名
call-btn-cancel = 取消报名
call-btn-more = +1 名额
call-btn-later = 延长1小时
call-btn-close = 结束报名
call-weekday-0 = 周一
call-weekday-1 = 周二
call-weekday-2 = 周三
call-weekday-3 = 周四
call-weekday-4 = 周五
call-weekday-5 = 周六
call-weekday-6 = 周日
call-cb-signed = 报名成功，谢谢！开始前一小时会提醒你。
call-cb-start-bot = （请先私聊机器人点“开始”，才能收到提醒。）
call-cb-cancelled = 已取消报名。
call-cb-already = 你已经报名了。
call-cb-not-signed = 你没有报名这个召集。
call-cb-full = 名额已满，谢谢！
call-cb-closed = 这个召集已结束报名。
call-cb-over = 这个召集的时间已经过了。
call-cb-not-volunteer = 只有本楼志愿者可以报名，请先在群里发 /volunteer。
call-cb-staff-only = 只有本楼工作人员、楼长或群管理员可以这样做。
call-cb-gone = 找不到这个召集。
call-cb-extended = 已延长。
call-cb-not-later = 新的结束时间要晚于现在的结束时间。
call-cb-too-many = 名额最多 50 个。
call-cb-closed-now = 已结束报名。
call-reminder = ⏰ 提醒：你报名的吹哨 #{ $number }「{ $title }」（{ $building }）一小时后开始：{ $when }。
call-today-header = 📣 今天报名的召集（{ $count }）
call-today-line = #{ $number } { $title } · { $when } · { $building }
photo-ask = 📷 订单 #{ $number }（{ $building }）已送达，谢谢！可以拍一张门口的照片发给我（回复本消息），住户和工作人员能看到。不拍也没关系，点“跳过”。
photo-btn-skip = 跳过
photo-btn-show = 送达照片
photo-card-note = 有送达照片
photo-caption = 📷 订单 #{ $number } 送达照片 · { $building } { $flat } · 送达志愿者 { $volunteer }
photo-attached = ✅ 照片已附在订单 #{ $number } 上，并已发给住户。谢谢！
photo-attached-card = ✅ 照片已附在订单 #{ $number } 上（住户没有私聊过机器人，工作人员可在订单卡片上查看）。谢谢！
photo-cb-skipped = 好的，不需要照片。
photo-cb-done = 这个订单已经有照片或已跳过。
photo-cb-none = 这个订单没有送达照片。
photo-cb-not-yours = 只有住户、送达的志愿者、本楼工作人员或楼长可以查看照片。
photo-cb-start-bot = 请先私聊机器人点“开始”，我才能把照片发给你。
photo-cb-sent = 照片已私聊发给你。
settings-photo-show = 送达照片：{ $mode }（/settings photo off 关闭，/settings photo optional 开启）
settings-photo-optional = 送达时询问（可不发）
settings-photo-off = 不询问
settings-name-delivery_photo = 送达照片设置
settings-hint-delivery_photo = 请写 optional（可选）或 off（关闭）。

## followup
card-urgent = 加急
follow-up-unclaimed-group = ⏰ { $urgent }订单 #{ $number }（{ $flat } · { $category }）已等待 { $minutes } 分钟，还没有人接单。志愿者请看上面的订单卡片。
follow-up-lead-told = 已私信告知楼道长。
follow-up-nobody-told = 没有楼道长或工作人员能私信收到提醒：请工作人员看一下。
follow-up-unclaimed-lead = ⏰ { $urgent }{ $building } 订单 #{ $number }（{ $flat } · { $category }）已等待 { $minutes } 分钟无人接单：{ $text }
follow-up-ask = 🚴 { $urgent }您接的订单 #{ $number }（{ $building } { $flat } · { $category }）已过 { $minutes } 分钟，还没有标记送达：{ $text }
    还在送吗？送不了请放弃，订单会重新开放给其他志愿者。
follow-up-btn-still = 还在送
follow-up-btn-release = 放弃
follow-up-held-lead = ⏳ { $urgent }{ $building } 订单 #{ $number }（{ $flat } · { $category }）由 { $volunteer } 接单 { $minutes } 分钟仍未送达，志愿者没有回复询问：{ $text }
follow-up-held-lead-unasked = ⏳ { $urgent }{ $building } 订单 #{ $number }（{ $flat } · { $category }）由 { $volunteer } 接单 { $minutes } 分钟仍未送达；无法私信询问该志愿者（未启动机器人）：{ $text }
follow-up-held-group = ⏳ { $urgent }订单 #{ $number }（{ $flat }）由 { $volunteer } 接单 { $minutes } 分钟仍未送达，也没有楼道长能私信收到提醒：请工作人员看一下。
follow-up-cb-still = 好的，谢谢！订单 #{ $number } 仍由您负责。
follow-up-cb-release = 已放弃订单 #{ $number }，它重新开放给其他志愿者。
follow-up-cb-gone = 这个订单已不需要您回复了。
follow-up-cb-denied = 只有被询问的接单志愿者可以回复。
follow-up-cb-answered = 您已经回复过了。
settings-follow-up-show =
    订单提醒：无人接单 { $unclaimed } 分钟后在群里再提醒并告知楼道长（/settings unclaimed 30）；接单 { $undelivered } 分钟未送达询问志愿者（/settings undelivered 3h），{ $answer } 分钟不回复告知楼道长（/settings answer 30）
    加急（慢性病住户的买药订单）：无人接单 { $urgent_unclaimed } 分钟（/settings urgent_unclaimed 10），未送达 { $urgent_undelivered } 分钟（/settings urgent_undelivered 1h）
settings-name-unclaimed_minutes = 无人接单提醒时间
settings-name-undelivered_minutes = 未送达询问时间
settings-name-answer_minutes = 志愿者回复时限
settings-name-urgent_unclaimed_minutes = 加急订单无人接单提醒时间
settings-name-urgent_undelivered_minutes = 加急订单未送达询问时间
settings-hint-unclaimed_minutes = 请写 1 到 1440 分钟，例如 30、90m 或 2h。
settings-hint-undelivered_minutes = 请写 1 到 1440 分钟，例如 180、3h 或 2h30。
settings-hint-answer_minutes = 请写 1 到 1440 分钟，例如 30。
settings-hint-urgent_unclaimed_minutes = 请写 1 到 1440 分钟，例如 10。
settings-hint-urgent_undelivered_minutes = 请写 1 到 1440 分钟，例如 60 或 1h。
cmd-stats = 订单接单和送达用时（工作人员）
stats-title = 📊 { $building } 最近 { $days } 天的订单
stats-orders = 订单 { $opened } 个：已送达 { $delivered }，等待接单 { $open }，送货中 { $held }，不是订单 { $rejected }；加急 { $urgent }
stats-claim = 接单用时（下单到接单，{ $count } 单）：中位数 { $p50 } 分钟，90% 在 { $p90 } 分钟内
stats-claim-none = 接单用时：还没有订单被接
stats-deliver = 送达用时（下单到送达，{ $count } 单）：中位数 { $p50 } 分钟，90% 在 { $p90 } 分钟内
stats-deliver-none = 送达用时：还没有订单送达
stats-follow-ups = 提醒：无人接单再提醒 { $raised } 次，询问志愿者 { $asked } 次，未回复告知楼道长 { $told } 次
summary-order-times = 订单用时（最近 { $days } 天）：

## groupbuy
cmd-merge = 合并需求清单：接龙和商品订单（工作人员、楼长）
groupbuy-list-seen = 📋 接龙「{ $title }」：已读到 { $households } 户。截止后，工作人员或楼长回复这条接龙发 /merge，或按下面的按钮，合并成需求清单（按店汇总的采购单和按楼层的配送单）。
groupbuy-merge-button = 合并需求清单
groupbuy-shopping-title = 🛒 <b>需求清单 #{ $number }</b>：{ $households } 户（其中 { $orders } 个订单）
groupbuy-list-title = 接龙：{ $title }
groupbuy-unknown-quantity = { $count } 户未写数量
groupbuy-delivery-title = 🚚 配送清单 #{ $number }
groupbuy-floor = { $place } · { $floor }楼
groupbuy-no-flat = 未写房号
groupbuy-progress = 已送达 { $done }/{ $total }
groupbuy-delivery-hint = 送到后，志愿者或工作人员按该户的按钮；该户的订单随之关闭。
groupbuy-nothing = 这一轮没有可合并的商品订单或接龙。
groupbuy-not-allowed = 只有工作人员或楼长可以合并需求清单。
groupbuy-not-a-list = 回复的消息不是接龙，没有合并。
groupbuy-already = 这个接龙已经合并过了。
groupbuy-cb-merged = 已合并为需求清单 #{ $number }。
groupbuy-cb-delivered = { $who } 已标记送达。谢谢！
groupbuy-cb-already = { $who } 已由 { $by } 标记送达。
groupbuy-cb-not-allowed = 只有志愿者或工作人员可以标记送达。

## dispatch
btn-assign = 指派
btn-reassign = 改派
btn-unassign = 收回
card-status-assigned = { $assigner } 指派给 { $volunteer }
card-assignee-unreached = { $volunteer } 还没有启动机器人，私信通知不到：请另行联系 TA，或改派。
cb-assigned = 已指派，已私信通知志愿者。
cb-reassigned = 已改派，已私信通知两位志愿者。
cb-unassigned = 已收回，订单重新开放接单。
cb-not-dispatcher = 只有工作人员或楼长可以指派订单。
cb-not-a-volunteer = 这个人已不是本楼的志愿者。
cb-pick-volunteer = 请选择志愿者（数字为其手上的订单数）。
cb-no-volunteers = 本楼还没有志愿者（志愿者发送 /volunteer 加入）。
cb-no-other-volunteers = 没有其他志愿者可以改派，可以收回订单。
dispatch-assigned-you = 📋 { $assigner } 把 { $building } 的订单 #{ $number } 指派给了你：
dispatch-taken-back = { $assigner } 收回了 { $building } 的订单 #{ $number }，你不用再送了。
dispatch-reassigned-away = { $assigner } 把 { $building } 的订单 #{ $number } 改派给了别的志愿者，你不用再送了。
dispatch-unreached = ⚠️ { $building } 的订单 #{ $number } 已指派给 { $volunteer }，但 TA 还没有启动机器人，私信通知不到。请另行联系 TA，或改派。
dispatch-unreached-group = ⚠️ { $assigner }：订单 #{ $number } 已指派给 { $volunteer }，但 TA 还没有启动机器人，私信通知不到。请另行联系 TA，或改派。
dispatch-handed-back = { $volunteer } 退出了 { $building } 的志愿者，交回了 { $count } 个订单（{ $numbers }），已重新开放接单。
dispatch-handed-back-group = { $volunteer } 退出了志愿者，交回了 { $count } 个订单（{ $numbers }），已重新开放接单。
volunteer-handed-back = 你手上的 { $count } 个订单（{ $numbers }）已交回，重新开放接单。
held-assigned-by = { $assigner } 指派
myorders-more = 还有更多订单，请先送达或放弃上面这些。
cb-assigned-unstarted = 已指派，但 { $volunteer } 还没有启动机器人，私信通知不到：请另行联系 TA。

## pairing
# 包户：每户一名志愿者，订单先给他，每日任务，/today
cmd-today = 我的今天：包户住户和任务
cmd-pair = 为住户指定包户志愿者
card-reserved = 已为包户志愿者 { $volunteer } 保留至 { $until }
cb-reserved = 这单先留给该户的包户志愿者几分钟；他没接的话，所有人都会看到“接单”按钮。
pair-staff-only = 只有本楼工作人员或楼道长可以指定包户志愿者。
pair-usage =
    用法：/pair 3-2-501 @志愿者（或回复志愿者的消息发送 /pair 3-2-501）
    取消：/pair off 3-2-501 · 只发 /pair 列出本楼的包户
pair-bad-flat = 看不懂房号“{ $text }”。请写 楼-单元-房号，例如 /pair 3-2-501 @志愿者
pair-unknown-user = 我还不认识 { $username }。请他先在群里说句话，或回复他的消息发送 /pair 3-2-501。
pair-unknown-flat = { $flat } 不在本楼台账里，也没有居民登记过。请检查房号，或先登记：/household { $flat } 人数=…
pair-not-volunteer = { $volunteer } 不是本楼志愿者。请他先发送 /volunteer，再来指定。
pair-paired = 🤝 { $flat } 已由 { $volunteer } 包户：该户的订单先给他 { $minutes } 分钟，隔离期间的每日任务在他的 /today 里。
pair-moved = 🤝 { $flat } 的包户从 { $previous } 改为 { $volunteer }：该户的订单先给他 { $minutes } 分钟。
pair-unchanged = { $flat } 已由 { $volunteer } 包户。
pair-unpaired = { $flat } 不再由 { $volunteer } 包户；该户的订单直接发给所有人。
pair-not-paired = { $flat } 没有包户志愿者。
pair-not-started = ⚠️ { $volunteer } 还没有私聊启动机器人，我无法私下把订单先发给他：在他给我发送 /start 之前，该户的订单直接发给所有人。
pair-none = 本楼还没有包户。
pair-list = 🤝 包户住户（{ $count }）：
pair-list-line = { $flat } → { $volunteer }
pair-you = 🤝 您现在负责 { $flat }（{ $building }）：该户的订单会先私下发给您，带“接单”按钮。发送 /today 查看您的包户和每日任务。
pair-offer =
    🤝 您包户的 { $flat }（{ $building }）有新订单 #{ $number } · { $category }
    👤 { $resident }
    <blockquote>{ $text }</blockquote>
    { $until } 之前只有您能接单，之后所有志愿者都能接。
pair-offer-taken = ✅ 您已接单 #{ $number }（{ $flat }，{ $building }）。送到后请在群里的订单卡片上按“已送达”。
pair-late = ⏰ { $building }：{ $count } 项包户任务到时间还没完成
pair-late-group = ⏰ { $building }：{ $count } 项包户任务到时间还没完成（无法私信通知楼道长：请工作人员查看）
pair-late-line = { $time } { $flat } { $task } · { $volunteer }
pair-handed-back = 🤝 { $volunteer } 在 { $building } 不再当志愿者：他包户的 { $count } 户现在由您负责：{ $flats }。可用 /pair 改派给其他志愿者。
pair-handed-nobody = 🤝 { $volunteer } 不再当志愿者：{ $flats } 现在没有包户志愿者。请工作人员用 /pair 重新指定。
task-rubbish = 🗑 倒垃圾
task-disinfect = 🧴 楼道消杀
today-private-only = /today 列出您自己的包户和任务：请私聊我发送。
today-empty = 今天没有任务：没有包户住户、手上没有订单、也没有报名的召集。
today-header = 📋 <b>我的今天</b>
today-paired = 🤝 您包户的住户（{ $count }）：
today-household = • { $building } { $flat } · { $people } 人 · { $needs }
today-tasks = ✅ 今日任务（{ $count }）：
today-task = ◻️ { $time } { $flat } { $task }{ $late ->
    [yes] {" "}⚠️ 已超时
   *[other] {""}
}
today-task-done = ✅ { $time } { $flat } { $task } 已完成
btn-task-done = ✅ 完成：{ $flat } { $task }
cb-task-done = ✅ 已完成，谢谢！
cb-task-already = 已经勾选过了。
cb-task-denied = 只有该户的包户志愿者、楼道长或工作人员可以勾选。
cb-task-missing = 这项任务已不存在。
settings-pairing-show = 包户：包户住户的订单先等志愿者 { $window } 分钟（/settings pairwindow 10）；每天 { $rubbish } 倒垃圾（/settings rubbish 09:00），{ $disinfect } 楼道消杀（/settings disinfect 10:00）
settings-name-pair_window_minutes = 包户接单时限
settings-name-rubbish_time = 倒垃圾时间
settings-name-disinfect_time = 楼道消杀时间
settings-hint-pair_window_minutes = 请写 1 到 120 分钟，例如 10。
settings-hint-rubbish_time = 请写 24 小时制时间，例如 09:00。
settings-hint-disinfect_time = 请写 24 小时制时间，例如 10:00。
quarantine-field-volunteer = 包户志愿者（@用户名或 Telegram id）
quarantine-import-unknown_volunteer = 第 { $row } 行，“{ $column }”列：不认识志愿者“{ $value }”（他需要先在楼栋群里说过话）
quarantine-import-not_volunteer = 第 { $row } 行，“{ $column }”列：“{ $value }”不是该楼的志愿者（/volunteer）
quarantine-import-paired = 包户：{ $volunteer }

## console
console-link = 🔐 控制台登录链接（{ $minutes } 分钟内有效，只能用一次，请勿转发）：
    { $url }
console-no-access = 只有工作人员、楼长和社区医生可以使用控制台。
console-private-only = 请私聊机器人发送 /console 获取控制台登录链接（链接不能发在群里）。
cmd-console = 控制台登录链接（工作人员）
console-title = 楼呼控制台
console-lang-name = 中文
console-nav-today = 今日
console-nav-households = 台账
console-nav-incidents = 紧急事件
console-nav-orders = 订单
console-nav-audit = 修改记录
console-nav-calendar = 隔离日历
console-logout = 退出
console-login-title = 登录楼呼控制台
console-login-text = 点击下面的按钮登录。登录后 12 小时内有效；在公用电脑上用完请点“退出”。
console-login-button = 登录
console-link-refused-title = 链接不能用了
console-link-used = 这个登录链接已经用过了。请在机器人私聊里再发一次 /console 获取新链接。
console-link-expired = 这个登录链接已过期（10 分钟内有效）。请在机器人私聊里再发一次 /console。
console-link-unknown = 这个登录链接无效。请在机器人私聊里发送 /console 获取新链接。
console-need-login-title = 请先登录
console-need-login = 未登录或登录已过期。请在机器人私聊里发送 /console 获取登录链接。
console-forbidden-title = 无权查看
console-forbidden = 你没有查看这里的权限：控制台只显示你担任工作人员、楼长或医生的楼栋。
console-csrf = 表单已失效，请返回页面刷新后再试。
console-logged-out-title = 已退出
console-logged-out = 你已退出控制台。需要时在机器人私聊里发送 /console 再次登录。
console-none = 暂无。
console-own-community = 本楼（未加入社区）
console-col-building = 楼栋
console-col-in-quarantine = 隔离中
console-col-open-orders = 未完成订单
console-col-open-incidents = 未解决紧急事件
console-col-reports = 今日已报体温
console-col-missing = 今日未报
console-col-sampling = 今日采样 已采/应采
console-col-fevers = 今日发热
console-col-welfare = 待上门查看
console-col-flat = 房号
console-col-people = 人数
console-col-language = 语言
console-col-quarantine = 隔离类型
console-col-day = 隔离第几天
console-col-needs = 特殊需求
console-col-phone = 电话
console-col-note = 备注
console-col-status = 状态
console-col-reported = 上报时间
console-col-to-alert = 到首次呼叫
console-col-to-ack = 到确认
console-col-to-transport = 到转运
console-col-to-hospital = 到就诊
console-col-to-resolve = 到解决
console-col-words = 内容
console-col-category = 类别
console-col-to-claim = 到接单
console-col-to-deliver = 到送达
console-col-when = 时间
console-col-who = 修改人
console-col-what = 对象
console-col-before = 修改前
console-col-after = 修改后
console-search = 房号、电话或备注
console-all-buildings = 全部楼栋
console-any-need = 全部需求
console-quarantined-only = 只看隔离中
console-filter = 筛选
console-edit = 编辑
console-save = 保存
console-shown = 显示 { $count } 户。
console-more = 还有更多，请用楼栋或搜索缩小范围。
console-day-of = 第 { $day } / { $days } 天
console-day = 第 { $day } 天
console-bad-value = 没有保存：{ $field }“{ $value }”无法识别。
console-ack-target = 快响目标：第一级在截止时间内确认（默认 2 分钟）；超时的标红。
console-orders-all = 显示全部订单
console-orders-open = 只显示未完成订单
console-cal-days = 隔离中的住户
console-cal-rollcall = { $time } 体温接龙
console-cal-rollcalls = 今日体温接龙
console-cal-sampling = 明日上门采样名单
console-cal-welfare = 待上门查看
console-nav-chain = 呼叫链
console-chain-level = 级别
console-chain-deadline = 确认时限
console-chain-who = 呼叫谁
console-chain-chat = 群 { $chat }
console-chain-nobody = 无人担任的楼栋
console-chain-not-started = 未私聊启动机器人，收不到呼叫
console-chain-together = 与上一级同时呼叫
console-chain-help = 修改呼叫链：在楼栋群里发送 /chain，或用 python -m bot chain import。
console-nav-files = 导入导出
console-files-staff-only = 只有社区工作人员可以导入导出台账。
console-files-export = 导出台账
console-files-import = 导入台账
console-files-help = 与 python -m bot quarantine import 相同的列（楼栋、房号、人数、语言、电话、特殊需求、备注、隔离开始日期、隔离类型）。先试导入：有任何一行有问题就一行都不写入，并逐行说明。
console-files-community = 社区
console-files-building = 没有“楼栋”列时的楼栋
console-files-file = 文件（.xlsx 或 .csv）
console-files-dry-run = 试导入（不写入）
console-files-import-now = 确认导入这 { $rows } 行
console-files-back = 返回导入导出
console-files-no-file = 请选择一个 .xlsx 或 .csv 文件。
console-files-refused = { $count } 行有问题，什么都没有导入。改正后再试导入。
console-nav-charts = 图表
console-chart-rollcall = 近 14 天体温接龙：已报与未报
console-chart-fevers = 近 14 天发热
console-chart-orders = 近 14 天订单：新建与送达
console-chart-opened = 新建
console-chart-delivered = 送达
console-chart-incidents = 近 14 天紧急事件
console-chart-ack = 近 14 天紧急事件确认时间（中位数，分钟）
console-chart-reported = 已报
console-chart-missing = 未报
console-chart-fever = 发热读数
console-not-served = 此处未开启工作人员控制台：机器人的网页服务需要设置 WEB_PORT（经反向代理时还要 PUBLIC_URL），请联系部署机器人的人。

## today (dispatch and calls sections)
today-held = 🛒 你手上的订单（{ $count }）：按钮见 /myorders
today-held-order = • #{ $number } { $building } { $flat } · { $category }
today-calls = 📣 你今天报名的志愿召集（{ $count }）：
today-call = • { $start }–{ $end } { $title } · { $building }

## consoleorders
console-minutes = { $minutes } 分钟
console-hours-minutes = { $hours } 小时 { $minutes } 分钟
console-stale-mark = 超时
console-stale-unclaimed = 未接单 { $time }
console-stale-held = 已接未送 { $time }
console-stale-urgent = 急单
console-stale-limit = 社区设定的跟进时间：{ $time }
console-orders-stale = 只看超时（{ $count }）
console-orders-stale-help = 标红的是超过社区跟进时间、机器人会再次提醒的订单：没人接单（默认 30 分钟），或已接单未送达（默认 3 小时）；慢性病户的买药急单更短（10 分钟、1 小时）。工作人员可用 /settings 修改时间。
console-col-volunteer = 志愿者
console-col-dispatch = 派单
console-col-paired = 包户志愿者
console-volunteer-option = { $name }（手上 { $held } 单）
console-no-volunteers = 本楼还没有志愿者（志愿者在群里发送 /volunteer 加入）。
console-status-open = 待接单
console-status-claimed = 已接单
console-status-delivered = 已送达
console-status-rejected = 不是订单，已关闭
console-changed-assigned = 订单 #{ $number } 已指派给 { $volunteer }：已私信通知 TA，群里的订单卡片也已更新。
console-changed-reassigned = 订单 #{ $number } 已改派给 { $volunteer }：已私信通知 TA 和原来的志愿者。
console-changed-unassigned = 订单 #{ $number } 已收回，重新开放给所有志愿者接单。
console-changed-unstarted = 订单 #{ $number } 已指派给 { $volunteer }，但 TA 还没有启动机器人，私信通知不到：请另行联系 TA。
console-changed-conflict = 订单 #{ $number } 刚刚有了变化，现在是：{ $state }。这里没有做任何更改，请看下面的最新状态再操作。
console-changed-not-a-volunteer = 订单 #{ $number } 没有指派：这个人已不是该楼的志愿者。
console-pair = 包户
console-unpair = 解除包户
console-pair-change = 修改
console-pair-paired = { $flat } 已由 { $volunteer } 包户，已私信通知 TA：该户的订单先给 TA { $minutes } 分钟。
console-pair-moved = { $flat } 已改由 { $volunteer } 包户，已私信通知 TA：该户的订单先给 TA { $minutes } 分钟。
console-pair-unchanged = { $flat } 已经由 { $volunteer } 包户。
console-pair-unpaired = { $flat } 已解除包户：该户的订单直接给所有志愿者。
console-pair-not-paired = { $flat } 没有包户志愿者。
console-pair-unknown-flat = { $flat } 无法包户。
console-pair-not-volunteer = { $flat } 没有包户：这个人已不是该楼的志愿者。
console-pair-unstarted = { $volunteer } 还没有启动机器人，订单没法私信给 TA：在 TA 给我发送 /start 之前，该户的订单直接给所有人。
console-audit-order-assign = 指派订单
console-audit-order-reassign = 改派订单
console-audit-order-unassign = 收回订单
console-audit-household-pair = 包户
console-audit-household-unpair = 解除包户
## callstaff
call-community-word = 社区吹哨
call-community-line = 🏘 { $community } 各楼志愿者均可报名
call-not-here = 本群还没有登记为楼栋或社区工作群：楼栋群请群管理员发送 /setup 楼名；社区工作群请工作人员发送 /staffgroup 社区名。
call-community-staff-only = 只有本社区的工作人员（在楼栋群里用 /staff 登记过的）或本群管理员可以发布和管理社区召集。
call-cb-community-staff-only = 只有本社区的工作人员或本群管理员可以这样做。
call-cb-not-community-volunteer = 只有本社区各楼的志愿者可以报名，请先在你所在楼的群里发 /volunteer。
staffgroup-usage = 用法：/staffgroup 社区名 —— 把本群登记为该社区的工作群，在这里发 /call 可召集社区各楼的志愿者（该社区的工作人员才能登记：在楼栋群里用 /staff 登记过的，或楼栋群的管理员）；/staffgroup off 取消。
staffgroup-current = 本群是 { $community } 的社区工作群：在这里发 /call 可召集社区各楼的志愿者。
staffgroup-registered = ✅ 本群已登记为 { $community } 的社区工作群：在这里发 /call 可召集社区各楼的志愿者，如 /call 核酸采样引导 明天 07:00-10:00 6人。
staffgroup-same = 本群已经是 { $community } 的社区工作群。
staffgroup-taken = 本群已经是 { $community } 的社区工作群；要改为别的社区，请先由 { $community } 的工作人员发送 /staffgroup off。
staffgroup-off = 本群不再是 { $community } 的社区工作群（已发布的召集照常进行）。
staffgroup-not-registered = 本群不是社区工作群。
staffgroup-not-staff = 只有 { $community } 的工作人员（在该社区楼栋群里用 /staff 登记过的，或楼栋群的管理员）可以这样做。
staffgroup-is-building = 本群已登记为楼栋，不能同时作社区工作群；在楼栋群里发 /call 召集的是本楼志愿者。
cmd-staffgroup = 登记社区工作群（工作人员）
pair-offer-open =
    ⏰ 您包户的 { $flat }（{ $building }）的订单 #{ $number } · { $category }
    👤 { $resident }
    <blockquote>{ $text }</blockquote>
    { $until } 前无人接单，现已对群里所有志愿者开放；有人接单之前，您仍可在这里接单。
call-copy-note = 名单在社区工作群；本楼志愿者可在这里报名。
calls-help =
    📣 吹哨召集和包户（工作人员、楼长）：
    /call 核酸采样引导 明天 07:00-10:00 6人 — 发布志愿者召集（/call close 编号、/call more 编号 2、/call until 编号 11:00）；志愿者点「报名」
    /staffgroup 社区名 — 把本群登记为社区工作群：在这里 /call 召集社区各楼的志愿者
    /pair 3-2-501 @志愿者 — 为住户指定包户志愿者（/pair off 3-2-501 取消，/pair 列出）
    /merge — 把接龙和商品订单合并成采购清单和分楼层送货清单
    🙌 志愿者私聊我发 /today — 今天的包户住户、任务、订单和报名的召集
