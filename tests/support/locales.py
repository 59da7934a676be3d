"""A locales folder with a partial third language (ja), as a translator would start one."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.l10n import LOCALES_DIR

# A few keys translated; setup-renamed names a variable no caller passes (a translator's slip).
JA = """\
setup-admins-only = 建物の登録と名前の変更はグループ管理者だけができます。
lang-set = わかりました。これから日本語で話します。
grouplang-set = このグループのメッセージは今後この言語です：{ $mode }
setup-renamed = ✅ 建物の名前を変更しました：{ $nosuch } → <b>{ $name }</b>
btn-claim = 引き受ける
cmd-help = ルーフーの使い方
level-street = 街道チーム
"""


def locales_with_japanese(root: Path) -> Path:
    """A copy of locales/ plus ja/louhu.ftl holding only a few keys; returns the folder."""
    target = root / "locales"
    shutil.copytree(LOCALES_DIR, target)
    (target / "ja").mkdir()
    (target / "ja" / "louhu.ftl").write_text(JA, encoding="utf-8")
    (target / "notes").mkdir()  # a folder without louhu.ftl is not a language
    return target
