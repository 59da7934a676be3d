"""Real-looking 接龙 lists, as residents paste them, with totals counted by hand (not by code).

THIRTY is a 30-household egg-and-milk list with every kind of mess a real one has: numbers
written "1." "2、" "③" "(4)", Chinese numerals, flats in three spellings, names instead of flats,
notes, a phone number, money, an example line, a line repeated by someone who pasted the list
again, and a household that changed its line.
"""

from __future__ import annotations

THIRTY = """#接龙 明天团购 鸡蛋 30枚/箱 45元/箱 牛奶 12盒/提 盒马统一配送
例：3-2-501 两箱
1. 3幢2单元501 两箱
2. 3-2-602 1箱 牛奶1提
3、3-2-301 三箱
4、3-1-101 1箱
⑤ 3-1-202 牛奶2提
(6) 3-1-301 鸡蛋1箱 牛奶1提
7. 王姐 2箱 放门口
8. 3-2-401 一箱 备注：下午送
9. 3-2-402 十二箱 (帮全单元老人买的)
10. 3-1-401 两提牛奶
11. 3-1-402 1箱 13812345678
12. 3幢1单元502 2箱 共90元
13. 老刘 1箱 牛奶1提
14. 3-2-701 1箱
15. 3-2-702 鸡蛋x2
16. 3-1-601 牛奶 3提
17. 3-1-602 2箱 1提
18. 3-2-801 一箱
19. 3-2-802 两箱 牛奶两提
20. 3-1-701 1箱
21. 3-1-702 1箱
22. 3-2-901 3箱
23. 3幢2单元1001 两箱
24. 3-2-1002 1箱 牛奶1提
25. 3-1-801 牛奶1提
26. 张阿姨 1箱
27. 3-1-802 2箱
28. 3-1-901 1箱
29. 3-1-902 鸡蛋两箱 牛奶一提
30. 3-2-1101 1箱
14. 3-2-701 1箱
31. 3-2-301 两箱
"""
# Line 14 is pasted twice (counted once); 3-2-301 wrote 三箱 as line 3 and changed it to 两箱
# as line 31 (the later kept), so 30 households remain.
# Eggs (箱), by line: 1:2 2:1 3:- (edited) 4:1 6:1 7:2 8:1 9:12 11:1 12:2 13:1 14:1 15:2 17:2
# 18:1 19:2 20:1 21:1 22:3 23:2 24:1 26:1 27:2 28:1 29:2 30:1 31:2  = 49
# Milk (提): 2:1 5:2 6:1 10:2 13:1 16:3 17:1 19:2 24:1 25:1 29:1 = 16
THIRTY_TOTALS = {("鸡蛋", "箱"): 49, ("牛奶", "提"): 16}
THIRTY_HOUSEHOLDS = 30

VEGETABLES = """接龙 周三蔬菜包 38元/份 叮咚买菜
1. 王姐 2份
2. 老刘 1份
3. 7-1-201 3份
4. 7-1-202 蔬菜包×2
5、7幢2单元301 一份
6、7-2-302 +1
"""
VEGETABLES_TOTALS = {("蔬菜包", "份"): 10}

MIXED = """【团购】光明鲜奶 12盒/箱 68元一箱；蔬菜包 38元/份
1、3-1-101 鲜奶2箱 蔬菜包1份
2、3-1-102 两箱鲜奶
3、3-1-201 蔬菜包x2
4、3-1-202 光明鲜奶1箱 蔬菜包两份
"""
MIXED_TOTALS = {("光明鲜奶", "箱"): 5, ("蔬菜包", "份"): 5}

PORK = """猪肉接龙 五花肉 排骨 按斤称
①5-1-101 五花肉2斤 排骨1斤
②5-1-102 排骨三斤
③5-1-201 五花肉1.5斤
④ 5-1-202 五花肉 2斤 排骨 2斤 谢谢
"""
PORK_TOTALS = {("五花肉", "斤"): 5.5, ("排骨", "斤"): 6}

ENGLISH = """#groupbuy eggs 30/box from Freshippo
1. 5-1-302 2 boxes
2. Anna 1 box
3. 5-2-101 eggs x3
4) 5-2-102 one box
"""
ENGLISH_TOTALS = {("eggs", "box"): 7}

MEDICINE = """#接龙 老百姓大药房 代购 布洛芬 1盒 连花清瘟 1盒
1. 9-1-101 布洛芬2盒
2. 9-1-102 连花清瘟1盒 布洛芬1盒
3. 9-2-201 连花清瘟两盒
"""
MEDICINE_TOTALS = {("布洛芬", "盒"): 3, ("连花清瘟", "盒"): 3}
