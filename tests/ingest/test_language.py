import pytest

from igr.ingest.language import not_english

ENGLISH = ("The Chief Executive, Mr John Lee, met the Mayor of Shanghai, Mr Gong Zheng, at Government House "
           "today to discuss co-operation between the two cities in finance, innovation and culture. Both sides "
           "signed an agreement on youth exchanges and agreed to hold another meeting next year in Hong Kong.")
# Written for these tests: the same release in other languages.
OTHERS = {
    "French": "Le Chef de l'exécutif a rencontré aujourd'hui le maire de Shanghai pour discuter de la coopération "
              "entre les deux villes dans les domaines de la finance, de l'innovation et de la culture. Les deux "
              "parties ont signé un accord sur les échanges de jeunes et ont convenu de tenir une réunion.",
    "German": "Der Regierungschef traf heute den Bürgermeister von Shanghai, um die Zusammenarbeit zwischen den "
              "beiden Städten in den Bereichen Finanzen, Innovation und Kultur zu besprechen. Beide Seiten "
              "unterzeichneten ein Abkommen über den Jugendaustausch und vereinbarten ein weiteres Treffen.",
    "Portuguese": "O Chefe do Executivo reuniu-se hoje com o presidente da câmara de Xangai para discutir a "
                  "cooperação entre as duas cidades nas áreas de finanças, inovação e cultura. As duas partes "
                  "assinaram um acordo sobre intercâmbios de jovens e concordaram em realizar outra reunião.",
    "Indonesian": "Kepala Eksekutif hari ini bertemu dengan Wali Kota Shanghai untuk membahas kerja sama antara "
                  "kedua kota di bidang keuangan, inovasi dan budaya. Kedua pihak menandatangani perjanjian "
                  "tentang pertukaran pemuda dan sepakat untuk mengadakan pertemuan lagi tahun depan.",
    "pinyin": "Xianggang tebie xingzhengqu xingzheng zhangguan jinri zai libinfu huijian dao fang de Shanghai shi "
              "shizhang, shuangfang jiu jiaqiang liangdi zai jinrong, keji chuangxin, wenhua ji qingnian jiaoliu "
              "deng lingyu de hezuo jiaohuan yijian.",
}


def test_english_prose_is_english():
    assert not_english(ENGLISH) is None


@pytest.mark.parametrize("text", [
    "Mr Chan Kwok-ki met Mr Li Qiang.",
    # a short release that is mostly names and posts
    "Attending: Mr Chan Kwok-ki, Chief Secretary for Administration; Mr Paul Chan Mo-po, Financial Secretary; "
    "Ms Alice Mak Mei-kuen, Secretary for Home and Youth Affairs; Professor Sun Dong, Secretary for Innovation, "
    "Technology and Industry; Mr Kevin Yeung Yun-hung, Secretary for Culture, Sports and Tourism; Mr Gong Zheng, "
    "Mayor of Shanghai; Mr Hua Yuan, Vice Mayor; Ms Lau, Mr Wong, Mr Tam, Ms Ho, Mr Ng, Ms Choi, Mr Lui.",
    "Photo: CE John Lee, CS Chan Kwok-ki, FS Paul Chan, SHYA Alice Mak, SCED Algernon Yau, SITI Sun Dong, "
    "Mayor Gong Zheng, Vice Mayor Hua Yuan, Director Ms Lau, Deputy Director Mr Wong, Mr Tam, Ms Ho, Mr Ng.",
    ENGLISH + " 行政長官李家超 (John Lee) 與上海市長龔正 (Gong Zheng) 會面。",  # Chinese names in brackets
    "2024-06-25 14:00 / 3,000 / HK$1.2 billion",  # nothing to judge: kept
])
def test_english_with_many_names_or_few_words_is_kept(text):
    assert not_english(text) is None


@pytest.mark.parametrize("language", sorted(OTHERS))
def test_other_latin_script_languages_are_not_english(language):
    reason = not_english(OTHERS[language])
    assert reason is not None and reason.startswith("not English (only ")


@pytest.mark.parametrize("text, script", [
    ("香港特別行政區行政長官今日在禮賓府會見到訪的上海市市長，雙方就加強兩地合作交換意見。Hong Kong", "CJK"),
    ("Глава администрации Гонконга встретился сегодня с мэром Шанхая.", "Cyrillic"),
    ("التقى الرئيس التنفيذي لهونغ كونغ اليوم عمدة شنغهاي.", "Arabic"),
    ("홍콩 행정장관은 오늘 상하이 시장을 만났다.", "Hangul"),
])
def test_other_scripts_are_not_english(text, script):
    assert not_english(text) == f"not English (mostly {script} characters)"
