"""Orders whose category is read again (order_recategorized.py), by concept: each family's
wordings in zh and en, and the look-alikes that keep their category. Paraphrases of real
messages."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_order

RECATEGORIZED: dict[str, list[tuple[str, Category]]] = {
    "medical: the car to care asked, the pass expired its reason": [
        ("我妈每周二四化疗 通行证过期了 车还能派吗 3-1-201", Category.MEDICAL),
        (
            "mum has dialysis tomorrow, her permit ran out, can you arrange a car? 3-1-201",
            Category.MEDICAL,
        ),
    ],
    # Only carried or sent: an errand, whatever the goods or the care.
    "a parcel sent, whatever it holds: an errand": [
        ("能帮忙寄个包裹吗 里面是给我爸的降压药 已经包好放门口了 3-2-101", Category.ERRAND),
        (
            "could someone post a parcel for me? it's medicine for my dad, packed and at the "
            "door 7-1-501",
            Category.ERRAND,
        ),
    ],
    "a parcel below with a drug in it, asked brought up: an errand": [
        (
            "There's a package at the front desk with my mum's inhaler in it, could someone "
            "bring it up? 2-3-1201",
            Category.ERRAND,
        ),
        ("门口有个快递 是奶奶的药 能帮忙拿上来吗 5-1-801", Category.ERRAND),
    ],
    "the writer's own parcel fetched from the gate, whatever it holds: an errand": [
        ("麻烦帮我拿一下我的包裹 在东门门卫那 是女儿寄的降糖药 8-2-1103", Category.ERRAND),
        (
            "pls can someone collect my package at the guard house, it's vitamins from my son "
            "6-1-402",
            Category.ERRAND,
        ),
    ],
    "bedding asked bought: groceries": [
        ("家里被子太薄 能帮忙买条厚棉被吗 4-2-701", Category.GROCERIES),
        ("帮买两个枕头 来的亲戚没地方睡 12-1-305", Category.GROCERIES),
    ],
    "papers printed or carried: an errand": [
        (
            "could someone print my dad's dialysis papers and drop them at the community "
            "office? 2-2-1101",
            Category.ERRAND,
        ),
        ("老人的透析记录要打印出来送到居委会 谁能帮忙 4-2-301", Category.ERRAND),
        (
            "Could someone pick up the receipts I left at the pharmacy counter? 6-1-402",
            Category.ERRAND,
        ),
        (
            "Could a volunteer take my dad's hospital paperwork to the community office? 2-3-501",
            Category.ERRAND,
        ),
        ("医院的出院证明材料在大门口 能帮忙拿上来吗 9-1-1203", Category.ERRAND),
    ],
    "a form filled in, handed in somewhere: an errand": [
        ("孩子的体检表要交学校 能帮我递到社区吗 7-1-901", Category.ERRAND),
        ("体检表填好了放门口 能帮忙交到社区卫生站吗 3-2-501", Category.ERRAND),
        (
            "could someone take my son's health form to the community office? 7-1-901",
            Category.ERRAND,
        ),
    ],
    "a form to be filled in by a doctor keeps medical care": [
        ("能请医生上门帮忙填一下体检表吗 7-1-901", Category.MEDICAL),
    ],
    "a bill paid for the writer, the lack or the outage only why: an errand": [
        ("家里没水费了 能帮忙网上交一下吗 户号私聊 2-1-302", Category.ERRAND),
        ("电费欠费停电了 谁能帮忙网上缴一下 5-2-201", Category.ERRAND),
        ("电费快没了 要断电了 谁能帮忙交一下 8-1-1002", Category.ERRAND),
    ],
    # Taken away: rubbish, not the care, the goods or the fixture.
    "used medical supplies put out for disposal: rubbish": [
        ("透析用完的管子和袋子装好放门口了 麻烦收一下 5-3-302", Category.GARBAGE),
        ("腹透废液袋放在门口了 麻烦帮忙拿下去 4-1-602", Category.GARBAGE),
        ("used dialysis bags are outside 3-2-901, can someone dispose of them?", Category.GARBAGE),
    ],
    "used masks and test kits bagged and put out, collection asked: rubbish": [
        ("用过的口罩和抗原 黄色袋子装好了 放门口了 麻烦收 10-3-201", Category.GARBAGE),
        ("测过的抗原试剂和口罩装了一袋 放门口了 帮忙拿下去 3-2-502", Category.GARBAGE),
        (
            "used masks and antigen tests are bagged up outside the door, please collect 6-1-301",
            Category.GARBAGE,
        ),
    ],
    "masks or test kits run out and bought keep their category": [
        ("抗原用完了 帮忙买两盒 10-3-201", Category.MEDICINE),
        ("antigen tests ran out, could someone buy a box? 6-1-301", Category.MEDICINE),
    ],
    "food gone bad bagged, its collection asked: rubbish": [
        ("装了一袋坏掉的剩菜 有味了 能早点来收吗 3-1-502", Category.GARBAGE),
        (
            "bagged some spoilt cat food, really smelly, can it be collected early? 5-2-301",
            Category.GARBAGE,
        ),
    ],
    "broken or used things bagged, asked taken down: garbage": [
        ("摔碎了个碗 碎片装袋了 放在门口 麻烦带下去 7-1-602", Category.GARBAGE),
        ("卫生间掉下来的碎瓷砖装了三袋 能帮忙搬下去吗 4-2-301", Category.GARBAGE),
        (
            "Used dressings from my dad's wound are bagged up, could someone collect them? 5-3-702",
            Category.GARBAGE,
        ),
    ],
    "food the writer cooked, taken to someone: an errand": [
        ("外婆一个人住 我做了些饺子 能帮忙送到她家吗 6-2-401", Category.ERRAND),
        (
            "we made dumplings for grandpa, could someone drop them round to him? 3-1-702",
            Category.ERRAND,
        ),
    ],
    "goods counted out to buy, parcels not coming: groceries": [
        ("冷链快递进不来 能帮我买三斤鸡蛋吗 2-1-1102", Category.GROCERIES),
    ],
    "taken to the rubbish point: garbage": [
        ("旧纸箱太多了 麻烦帮忙拿到楼下垃圾站 6-2-301", Category.GARBAGE),
        ("这袋猫砂能帮我扔到垃圾桶吗 太重了 4-1-1101", Category.GARBAGE),
    ],
    # A doctor asked, drugs only what is talked about: medical.
    "a doctor asked up, a drug to adjust the reason: medical": [
        ("医生 我妈血压高了点 想请你有空上来给她看看 调调药 7-2-401", Category.MEDICAL),
        ("大夫方便的话上门给我看一下 降压药要不要调 4-1-601", Category.MEDICAL),
    ],
    "a doctor asked to phone, the drugs only what to talk about: medical": [
        ("能不能请医生打个电话 想问问药要不要换 3-1-402", Category.MEDICAL),
        ("Can the doctor call me about my dose? not urgent, 2-2-803", Category.MEDICAL),
    ],
    "a buy thanked for past help, a visit asked: medical": [
        (
            "孩子发烧两天了 想预约儿童医院看看 能帮忙联系一下吗 谢谢之前帮忙买药的邻居 3-2-101",
            Category.MEDICAL,
        ),
    ],
    # A drug, the goods named only the why or none: medicine.
    "a drug bought after a kitchen mishap: medicine": [
        ("洗菜时手被划破了 家里的创可贴用完了 帮买一盒 7-1-201", Category.MEDICINE),
        ("炒菜烫到了 家里的碘伏没了 帮买一瓶 再带包棉签 2-2-1101", Category.MEDICINE),
        ("洗菜的时候划破手指 没有创可贴了 帮忙买一盒 3-1-1102", Category.MEDICINE),
    ],
    "a drug no lexicon knows bought for an ailment: medicine": [
        ("Could someone buy some senna for my dad? he's constipated. 5-1-302", Category.MEDICINE),
        (
            "Can anyone buy loperamide for me? bad diarrhoea since last night. 8-2-601",
            Category.MEDICINE,
        ),
    ],
    "a drug no lexicon knows, for an old complaint flared up: medicine": [
        ("老胃病又犯了 谁能帮我带盒乐胃宁 3-1-202", Category.MEDICINE),
        ("老胃病又犯了 帮买两盒舒胃灵 7-1-602", Category.MEDICINE),
        (
            "My stomach is playing up again, could someone bring me a box of Zantaflex? 5-2-301",
            Category.MEDICINE,
        ),
    ],
    "rehydration salts, a broken air conditioner only why: medicine": [
        ("没空调 老人出了好多汗 能帮买几包补液盐吗 3-2-501", Category.MEDICINE),
        (
            "Could someone bring rehydration salts? no AC here, grandma is sweating, 7-1-302",
            Category.MEDICINE,
        ),
    ],
    # A fixture at fault: repair, not its goods, the rubbish or a check.
    "a fixture fallen off, asked put back: repair": [
        ("卫生间的毛巾架掉下来了 能找人重新装一下吗 2-2-502", Category.REPAIR),
        (
            "the shelf in our kitchen fell off the wall, can someone put it back up? 6-1-303",
            (Category.REPAIR),
        ),
    ],
    "the power tripping, property asked to check: repair": [
        (
            "our power keeps tripping, could someone from property come and check? 1203",
            (Category.REPAIR),
        ),
        ("家里老是跳闸 物业能来看看吗 8-1-1702", Category.REPAIR),
    ],
    "a fixture at fault, a fixer asked, rubbish only the why: repair": [
        ("下楼扔垃圾 回来门锁坏了 进不去 求开锁 3-2-701", Category.REPAIR),
        ("小孩把牙刷扔进马桶 堵了 能找人来通一下吗 2-2-403", Category.REPAIR),
    ],
    "goods bought to make do while a fixture is broken: groceries": [
        ("求团 卡式炉气罐 两罐 燃气灶坏了先凑合用 2-302", Category.GROCERIES),
        ("插线板帮买一个 带开关的 厨房那个烧坏了 4-2-1001", Category.GROCERIES),
        ("燃气灶打不着火 能帮买个卡式炉吗 先凑合几天 5-1-301", Category.GROCERIES),
        (
            "stove won't light, can someone buy me two gas canisters for the camping stove? "
            "7-2-801",
            Category.GROCERIES,
        ),
        (
            "the kitchen socket burnt out, could someone buy me a power strip for now? 5-301",
            Category.GROCERIES,
        ),
    ],
    "a fixture broken, its fixer asked, keeps repair": [
        ("燃气灶坏了 能找师傅来修吗 2-302", Category.REPAIR),
        ("厨房插座烧坏了 能来修一下吗 4-2-1001", Category.REPAIR),
        ("the stove won't light, can someone fix it? 7-2-801", Category.REPAIR),
    ],
    "an access card that fails to open: repair": [
        ("门卡失灵了 打不开楼道门 能来看看吗 2-1-301", Category.REPAIR),
        ("门禁卡刷不开了 麻烦处理一下 4-2-1202", Category.REPAIR),
    ],
    # Goods asked after a complaint of a past delivery: groceries.
    "goods named after a shortage, a past delivery only the complaint: groceries": [
        (
            "The last delivery was missing the eggs, annoying. Now we're out of milk again: "
            "milk, bread and apples please. 5-2-1403",
            Category.GROCERIES,
        ),
    ],
    "look-alikes that keep their category": [
        ("门禁卡丢了 能帮我去物业补办一张吗 3-1-202", Category.ERRAND),
        ("空调坏了 能找人来修吗 3-2-1101", Category.REPAIR),
        ("能帮买点降压药吗 医生说要调药 5-1-101", Category.MEDICINE),
        ("胃病又犯了 帮买两斤小米熬粥 7-1-602", Category.GROCERIES),
    ],
    # A fault in one's own supply, an aid or a drop-off fetched, a drug named by its form.
    "an outage or weak supply in one's own flat: a repair": [
        ("只有我们家跳闸了 别家都有电 请物业看一下 4-2-1201", Category.REPAIR),
        (
            "kitchen tap water pressure almost none since lunch, can someone check? 9-1-301",
            Category.REPAIR,
        ),
        ("power is out in our unit only, neighbours are fine, please check 1205", Category.REPAIR),
    ],
    "an outage with water bought or a doctor asked keeps its category": [
        ("就我家停水了 能帮忙买几桶桶装水吗 3-1-402", Category.GROCERIES),
    ],
    "glasses or a hearing aid fetched: an errand": [
        ("配好的老花镜在门卫 谁能帮忙取一下眼镜 6-2-1001", Category.ERRAND),
        (
            "could a volunteer collect my dad's hearing aid from the north gate? 2-3-502",
            Category.ERRAND,
        ),
    ],
    "a wheelchair or pram left below, asked brought up: an errand": [
        ("我妈的轮椅放在一楼车棚了 能帮忙推上来吗 8楼 电梯修好了吧", Category.ERRAND),
        ("婴儿车落在楼下大厅了 谁能帮忙搬上来 3-2-602", Category.ERRAND),
        (
            "dad's wheelchair is in the bike shed downstairs, could someone bring it up? 5-1-801",
            Category.ERRAND,
        ),
    ],
    "a wheelchair broken, its fix asked, keeps repair": [
        ("轮椅坏了 能找人来修一下吗 5-1-801", Category.REPAIR),
    ],
    "a new one bought online, at the gate, carried up: an errand": [
        (
            "孩子的平板充电器坏了 网上买了个新的 到小区门口了 帮拿上来 谢谢 4-1-1601",
            Category.ERRAND,
        ),
        ("鼠标坏了 网上买了个新的 到楼下了 能帮拿上来吗 3-1-202", Category.ERRAND),
        (
            "the charger broke, I ordered a new one and it has arrived at the gate, could "
            "someone bring it up? 4-1-1601",
            Category.ERRAND,
        ),
    ],
    "goods a relative dropped off at the gate, fetched: an errand": [
        ("我弟弟带来一箱牛奶放在门卫了 能帮忙搬上来吗 8-1-603", Category.ERRAND),
        (
            "my daughter left a bag of fruit at the gate for me, could someone bring it up? "
            "4-4-404",
            Category.ERRAND,
        ),
    ],
    "a parcel of medicine waiting below, carried up: an errand": [
        ("3栋的王伯有个药品包裹到了门卫 麻烦谁帮忙拿上去 3-1-402", Category.ERRAND),
        (
            "a parcel with mum's insulin is at the gate, could a volunteer take it up? 5-1-1203",
            Category.ERRAND,
        ),
    ],
    "a home visit arranged for a tube to be changed: medical care": [
        ("能安排个护士上门吗 我爸的导尿管该换了 3-2-301", Category.MEDICAL),
        ("can we book a home visit? grandma's catheter needs replacing, 6-1-702", Category.MEDICAL),
    ],
    "a drug's form named first, used up, then bought: medicine": [
        ("止痒膏用完了 孩子还在痒 再帮买一支 3-3-301", Category.MEDICINE),
        ("the burn cream has run out, could someone get another tube? 5-1-1102", Category.MEDICINE),
    ],
    "a parcel at a side gate fetched, the writer's own drug round only why: an errand": [
        ("2号楼1单元502的老人有个快递在东门 我这边送药腾不出手 谁去拿一下", Category.ERRAND),
        ("502老人的快递到北门了 我在送药走不开 谁能取一下", Category.ERRAND),
        ("西门有个快递 是6-1-302奶奶的 谁去拿一下", Category.ERRAND),
    ],
    "the writer's delivery named by what it holds, fetched from the gate: an errand": [
        (
            "can someone pick up my insulin delivery from the front gate? it's a cold-pack box, "
            "needs to go in the fridge asap. 8-2-1102",
            Category.ERRAND,
        ),
        ("could anyone collect my pharmacy package at the guard room? 5-1-302", Category.ERRAND),
    ],
    "a treatment's record book carried: an errand": [
        ("透析记录本要送到医院透析室 下次透析要用 谁方便跑一趟", Category.ERRAND),
        ("could someone drop my dialysis log book at the unit? 6-2-301", Category.ERRAND),
    ],
    "a drug bought, a dialysis ride: their category kept": [
        ("帮我买盒降压药 放东门就行 我自己去拿 3-1-402", Category.MEDICINE),
        ("can someone pick up my insulin from the pharmacy? 8-2-1102", Category.MEDICINE),
        ("透析的车能安排一下吗 下次透析要用 3-1-402", Category.MEDICAL),
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(RECATEGORIZED))
def test_category_read_again(text: str, category: Category) -> None:
    check_order(text, category)
