"""The curated tables behind the gazetteer, written by the project from general knowledge.

Facts only (names, spellings, which district lies in which province, coordinates rounded to about a
kilometre); scripts/build_gazetteer.py joins them with the boundary file, verifies them spatially and
writes geodata/data/*.csv. Edit here, then rerun the build script.

District lines read `AIMS name | news name | aliases (;) | prominence`. The AIMS name is the cleaned
shapeName of the boundary file; an empty news name keeps the AIMS name without its parenthesis.
Prominence 1 marks the better-known of two districts that share a name (it is listed first when the
context names no province).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    aliases: tuple[str, ...]
    dari: str
    pashto: str
    capital: str
    capital_aims: str
    capital_aliases: tuple[str, ...]
    capital_lat: float
    capital_lon: float


@dataclass(frozen=True)
class DistrictEntry:
    aims: str
    name: str = ""
    aliases: tuple[str, ...] = ()
    prominence: int = 0


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    kind: str  # capital | crossing | town | carved_district
    district: str  # AIMS name of the district that holds it
    province: str
    aliases: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class ForeignEntry:
    name: str
    kind: str  # country | region | city | town
    country: str
    aliases: tuple[str, ...] = field(default=())


def _p(code, name, aliases, dari, pashto, capital, capital_aims, capital_aliases, lat, lon) -> Province:
    return Province(code, name, tuple(a for a in aliases.split(";") if a), dari, pashto, capital,
                    capital_aims, tuple(a for a in capital_aliases.split(";") if a), lat, lon)


PROVINCES: tuple[Province, ...] = (
    _p("AF-BDS", "Badakhshan", "Badakhshan;Badakshan;Badakhshon", "بدخشان", "بدخشان",
       "Faizabad", "Fayzabad", "Faizabad;Fayzabad;Feyzabad;Faizabad city", 37.117, 70.580),
    _p("AF-BDG", "Badghis", "Badghis;Badghes;Badghiz;Badgis", "بادغیس", "بادغیس",
       "Qala-e Naw", "Qala-I-Naw", "Qala-e Naw;Qala-i-Naw;Qala i Naw;Qalai Naw;Qala-e-Naw;Qal'ah-ye Now;Qalah-ye Naw;Qala Naw;Qala-i-Now;Qala-e Now;Qala-e-No;Qala-e No;Qala-i-No;Qala-e-Nu;Qala-e Nau;Qala-i-Nau;Qala-e-Nau;Qal'at Naw", 34.985, 63.129),
    _p("AF-BGL", "Baghlan", "Baghlan;Baglan", "بغلان", "بغلان",
       "Pul-e Khumri", "Puli Khumri", "Pul-e Khumri;Pul-i-Khumri;Pol-e Khomri;Puli Khumri;Pul-e-Khumri;Pol-e-Khumri;Pul-i Khumri;Pul-e Khumeri;Pul-i-Khumeri;Pul-e Chumri", 35.945, 68.715),
    _p("AF-BAL", "Balkh", "Balkh", "بلخ", "بلخ",
       "Mazar-i-Sharif", "Mazari Sharif", "Mazar-i-Sharif;Mazar-e Sharif;Mazar-e-Sharif;Mazar i Sharif;Mazari Sharif;Mazar;Mazar Sharif", 36.709, 67.111),
    _p("AF-BAM", "Bamyan", "Bamyan;Bamiyan;Bamian", "بامیان", "باميان",
       "Bamyan", "Bamyan", "Bamyan;Bamiyan;Bamian;Bamyan city", 34.822, 67.827),
    _p("AF-DAY", "Daykundi", "Daykundi;Daikundi;Daykondi;Daikondi;Day Kundi;Dai Kundi;Daikandi", "دایکندی", "دايکندي",
       "Nili", "Nili", "Nili;Nilli", 33.722, 66.130),
    _p("AF-FRA", "Farah", "Farah", "فراه", "فراه",
       "Farah", "Farah", "Farah;Farah city;Farahi", 32.375, 62.116),
    _p("AF-FYB", "Faryab", "Faryab;Fariab;Faryaab", "فاریاب", "فارياب",
       "Maimana", "Maymana", "Maimana;Maymana;Meymaneh;Maimanah;Maymaneh;Maymena;Meymana", 35.921, 64.784),
    _p("AF-GHA", "Ghazni", "Ghazni;Ghazny;Ghaznī;Gazni", "غزنی", "غزني",
       "Ghazni", "Ghazni", "Ghazni;Ghazni city;Gazni;Gazni city", 33.554, 68.421),
    _p("AF-GHO", "Ghor", "Ghor;Ghowr;Ghur;Gor", "غور", "غور",
       "Feroz Koh", "Chaghcharan", "Feroz Koh;Firozkoh;Firoz Koh;Feroz Kuh;Ferozkoh;Fayroz Koh;Firuzkoh;Firuz Koh;Feruz Koh;Chaghcharan;Chaghcharan city;Chakhcharan", 34.522, 65.252),
    _p("AF-HEL", "Helmand", "Helmand;Hilmand;Helmund", "هلمند", "هلمند",
       "Lashkar Gah", "Lashkar Gah", "Lashkar Gah;Lashkargah;Lashkar Gāh;Lashkari Bazar;Lashkar Gar;Lashkar Ghah;Lashgarkah;Lashkar-Gah;Lashgar Gah;Lashgargah;Lakshar Gah;Laschkargah;Laschkar Gah;Lakshkar Gah", 31.593, 64.372),
    _p("AF-HER", "Herat", "Herat;Hirat;Heart;Heraat", "هرات", "هرات",
       "Herat", "Hirat", "Herat;Hirat;Herat city;Heraat", 34.348, 62.200),
    _p("AF-JOW", "Jowzjan", "Jowzjan;Jawzjan;Jauzjan;Jozjan;Juzjan;Jowzjān", "جوزجان", "جوزجان",
       "Sheberghan", "Shibirghan", "Sheberghan;Shiberghan;Shibarghan;Shibirghan;Shebergan;Sheberghan city;Sibargan;Sherberghan", 36.668, 65.753),
    _p("AF-KAB", "Kabul", "Kabul;Kabol;Caboul", "کابل", "کابل",
       "Kabul", "Kabul", "Kabul;Kabul city", 34.528, 69.172),
    _p("AF-KAN", "Kandahar", "Kandahar;Qandahar;Kandahār", "قندهار", "کندهار",
       "Kandahar", "Kandahar", "Kandahar;Kandahar city;Qandahar", 31.613, 65.710),
    _p("AF-KAP", "Kapisa", "Kapisa;Kapissa", "کاپیسا", "کاپيسا",
       "Mahmud Raqi", "Mahmudi Raqi", "Mahmud Raqi;Mahmud-e Raqi;Mahmood Raqi;Mahmudi Raqi;Mahmud-i-Raqi", 35.017, 69.336),
    _p("AF-KHO", "Khost", "Khost;Khowst;Khust", "خوست", "خوست",
       "Khost", "Khost (Matun)", "Khost;Khost city;Khowst city;Matun", 33.340, 69.920),
    _p("AF-KNR", "Kunar", "Kunar;Konar;Kunarh", "کنر", "کونړ",
       "Asadabad", "Asadabad", "Asadabad;Asad Abad;Chaghasarai;Esed Abad;Esedabad", 34.873, 71.147),
    _p("AF-KDZ", "Kunduz", "Kunduz;Konduz;Qunduz;Kondoz", "کندز", "کندوز",
       "Kunduz", "Kunduz", "Kunduz;Kunduz city;Konduz city", 36.729, 68.857),
    _p("AF-LAG", "Laghman", "Laghman;Lagman", "لغمان", "لغمان",
       "Mehtarlam", "Mihtarlam", "Mehtarlam;Mihtarlam;Mehtar Lam;Metarlam;Mitarlam;Mitharlam", 34.671, 70.209),
    _p("AF-LOG", "Logar", "Logar;Lowgar;Lohgar", "لوگر", "لوګر",
       "Pul-e Alam", "Puli Alam", "Pul-e Alam;Pul-i-Alam;Puli Alam;Pol-e Alam;Pul-e-Alam", 33.995, 69.023),
    _p("AF-NAN", "Nangarhar", "Nangarhar;Ningarhar;Nangrahar;Nangahar", "ننگرهار", "ننګرهار",
       "Jalalabad", "Jalalabad", "Jalalabad;Jalal Abad;Jelalabad;Jalalabad city", 34.426, 70.452),
    _p("AF-NIM", "Nimroz", "Nimroz;Nimruz;Neemroz;Nimrouz", "نیمروز", "نيمروز",
       "Zaranj", "Zaranj", "Zaranj;Zaranj city;Zaranc;Zarang;Jaranj", 30.960, 61.860),
    _p("AF-NUR", "Nuristan", "Nuristan;Nooristan;Nurestan", "نورستان", "نورستان",
       "Parun", "Parun", "Parun;Paroon;Parun city", 35.420, 70.922),
    _p("AF-PIA", "Paktia", "Paktia;Paktiya;Paktya;Paktiā", "پکتیا", "پکتيا",
       "Gardez", "Gardiz", "Gardez;Gardiz;Gardeyz", 33.597, 69.226),
    _p("AF-PKA", "Paktika", "Paktika;Paktica;Paktikā", "پکتیکا", "پکتيکا",
       "Sharan", "Sharan", "Sharan;Sharana;Sherene", 33.176, 68.730),
    _p("AF-PAN", "Panjshir", "Panjshir;Panjsher;Panjshayr;Panjsheer;Panshir;Panjshir Valley", "پنجشیر", "پنجشير",
       "Bazarak", "Bazarak", "Bazarak", 35.313, 69.515),
    _p("AF-PAR", "Parwan", "Parwan;Parvan", "پروان", "پروان",
       "Charikar", "Chaharikar", "Charikar;Chaharikar;Charikar city", 35.014, 69.171),
    _p("AF-SAM", "Samangan", "Samangan", "سمنگان", "سمنګان",
       "Aybak", "Aybak", "Aybak;Aibak;Ibak;Aybak city;Samangan city", 36.265, 68.016),
    _p("AF-SAR", "Sar-e Pul", "Sar-e Pul;Sar-e-Pul;Sar-e Pol;Sar-e-Pol;Sari Pul;Sar-i-Pul;Sar-i Pul;Saripul;Saripol;Sarepul;Sar-i-Pol;Sar e Pul", "سرپل", "سرپل",
       "Sar-e Pul", "Sari Pul", "Sar-e Pul;Sar-e-Pul;Sar-e Pol;Sar-e-Pol;Sari Pul;Sar-i-Pul;Sar-e Pul city;Sar-e Pol city", 36.215, 65.932),
    _p("AF-TAK", "Takhar", "Takhar;Tak'har;Tahar", "تخار", "تخار",
       "Taloqan", "Taluqan", "Taloqan;Taluqan;Taliqan;Talqan;Talaqan;Taleqan;Taloqan city;Taloquan;Taluquan;Talukan;Tarukan;Talghan", 36.736, 69.535),
    _p("AF-URU", "Uruzgan", "Uruzgan;Oruzgan;Urozgan;Orozgan;Rozgan", "ارزگان", "روزګان",
       "Tarinkot", "Tirin Kot", "Tarinkot;Tirinkot;Tirin Kot;Tarin Kowt;Tarin Kot;Tarin Kowt city;Tirin Kut", 32.627, 65.877),
    _p("AF-WAR", "Wardak", "Wardak;Maidan Wardak;Maydan Wardak;Vardak;Wardag;Maidan Wardag", "وردک", "وردګ",
       "Maidan Shahr", "Maydan Shahr", "Maidan Shahr;Maydan Shahr;Maidanshahr;Meydan Shahr;Maidan Shar;Maidan Shehr", 34.396, 68.867),
    _p("AF-ZAB", "Zabul", "Zabul;Zabol province", "زابل", "زابل",
       "Qalat", "Qalat", "Qalat;Qalati Ghilji;Qalat-e Ghilzai;Qalat city", 32.106, 66.908),
)


def _d(block: str) -> tuple[DistrictEntry, ...]:
    out = []
    for line in block.strip().splitlines():
        parts = [p.strip() for p in line.split("|")] + ["", "", ""]
        aims, name, aliases, prominence = parts[:4]
        out.append(DistrictEntry(aims, name, tuple(a.strip() for a in aliases.split(";") if a.strip()),
                                 int(prominence or 0)))
    return tuple(out)


DISTRICTS: dict[str, tuple[DistrictEntry, ...]] = {
    "AF-BDS": _d("""
Arghanj Khaw | Arghanj Khwa | Arghanjkhwa;Arghanj Khwah;Arghanjkhah
Argo | Argo | Arghu;Argu
Baharak | Baharak | Baharak;Bahark | 1
Darayim | Darayim | Darayem;Daraim;Dar-e Yem
Darwaz | Maimay | Darwaz;Maymay;Mamay;Darwaz-e Payin;Maimai;Maymai;Maimi;Mahimai
Darwazbala | Nusay | Darwaz-e Bala;Darwaz Bala;Nossay;Nusai
Fayzabad | Faizabad | Fayzabad;Feyzabad | 1
Ishkashiem | Ishkashim | Eshkashem;Ishkashem;Ishkashim;Ishakashim
Jurm | Jurm | Jorm
Khash | Khash | Khash
Khwahan | Khwahan | Khawahan;Khohan;Khwahan;Hohon;Khahan
Kishim | Keshem | Kishim;Kesham;Keshim;Kishm
Kohistan | Kohistan
Kuf Ab | Kuf Ab | Koof Ab;Kofab;Kufab;Kohf Ab
Kuran Wa Munjan | Kuran wa Munjan | Koran wa Monjan;Kuran-o-Munjan;Kuran-wo-Munjan;Kuran wo Munjan;Koran o Munjan;Kiran wa Monjan;Kiran Munjan;Keran wa Monjan;Kiran wa Munjan;Kiraan wa Minjaan;Kiraan and Minjaan;Kiran and Munjan;Kran wa Munjan;Kran wa Manjan;Kran and Manjan;Munjan;Monjan
Raghistan | Raghistan | Ragh;Raghestan;Rogiston
Shahri Buzurg | Shahr-e Buzurg | Shahri Buzurg;Shahr-i-Buzurg;Shahr-e Bozorg;Shahr-e Buzarg;Shahr-e-Buzarg;Shahribuzurg
Shaki | Shekay | Shaki;Shiki;Sheki;Shekai;Shuki;Shikai
Shighnan | Shughnan | Shighnan;Shugnan;Shognan
Shahada | Shuhada | Shahada;Shohada
Tagab (Kishmi Bala) | Keshem Bala | Kishmi Bala;Keshm-e Bala;Tagab-e Badakhshan
Tashkan | Tashkan | Teshkan;Tishkan
Wakhan | Wakhan | Wakhan Corridor
Warduj | Warduj | Wardoj;Wardooj
Yaftal Sufla | Yaftal-e Sufla | Yaftal;Yaftali Sufla;Yaftal Sufla;Yaftal-e Payin
Yamgan (Girwan) | Yamgan | Girwan;Yomgan
Yawan | Yawan | Yavan;Yawan
Zebak | Zebak | Zibak
"""),
    "AF-BDG": _d("""
Ab Kamari | Ab Kamari | Abkamari;Ab-e Kamari
Bala Murghab | Bala Murghab | Bala Morghab;Balamurghab;Murghab
Ghormach | Ghormach | Ghurmach;Ghor Mach
Jawand | Jawand | Jawand
Muqur | Muqur | Moqor;Moqur
Qadis | Qadis | Qades;Qadees
Qala-I-Naw | Qala-e Naw | Qala-i-Naw;Qala i Naw;Qalai Naw;Qala-e-Naw;Qal'ah-ye Now;Qalah-ye Naw;Qala-i-Now;Qala-e Now;Qala Naw;Qalay-e Naw;Qala-e-No;Qala-e No;Qala-i-No;Qala-e-Nu;Qala-e Nau;Qala-i-Nau;Qala-e-Nau;Qal'at Naw
"""),
    "AF-BGL": _d("""
Andarab | Andarab | Andarab;Andarob;Bano;Banu;Andarab-e Bano
Baghlani Jadid | Baghlan-e Jadid | Baghlani Jadid;Baghlan-i-Jadid;Baghlan Jadid;New Baghlan;Baghlan-e Markazi;Baghlan city;Baghlan-e Kohna;Baghlan-e Kohneh;Old Baghlan;Baghlan-e Kohne;Baghlan-i-Kohna
Burka | Burka | Borka;Burqa;Beraka;Borkah
Dahana-I-Ghuri | Dahana-e Ghori | Dahana-i-Ghuri;Dahana-e Ghuri;Dahan-e Ghori;Dahanai Ghori;Dahana Ghori;Dahana-i-Ghori;Dahna-e Ghori;Dahna-i-Ghori;Dehneh Ghori;Dahaneh Ghori;Dahane Ghori
Dih Salah | Deh Salah | Dih Salah;Deh-e Salah;Dehsalah;Deh Saleh;De Salah
Dushi | Doshi | Dushi;Dooshi
Farang Wa Gharu | Fereng wa Gharu | Farang wa Gharu;Firing wa Gharu;Farang o Gharu
Guzargahi Nur | Guzargah-e Nur | Guzargahi Nur;Guzargah-i-Nur;Gozargah-e Nur;Gusargah-e Nur
Khinjan | Khinjan | Khenjan;Khinjan
Khost Wa Firing | Khost wa Fereng | Khost wa Firing;Khost-o-Fereng;Khost wa Farang
Khwaja Hijran (Jilga Nahrin) | Khwaja Hejran | Khwaja Hijran;Jilga Nahrin;Jelga Nahrin;Jelga;Burka-e Jelga;Jilga;Julga
Nahrin | Nahrin | Nahreen;Nahrain
Puli Hisar | Pul-e Hesar | Puli Hisar;Pul-i-Hisar;Pol-e Hesar;Pul-e Hisar
Puli Khumri | Pul-e Khumri | Pul-i Humri;Pul-i-Humri;Pul-i-Khumri;Pol-e Khomri;Puli Khumri;Pul-e-Khumri;Pol-e-Khumri;Pul-i Khumri;Pulikhumri;Pul-e Khumeri;Pul-i-Khumeri;Pul-Khomri;Pul-e-Khomri;Pol-e-Khomri;Pul-e Chumri
Tala Wa Barfak | Tala wa Barfak | Tala-o-Barfak;Tala Barfak;Barfak
"""),
    "AF-BAL": _d("""
Balkh | Balkh | Balkh district;Balkh city
Chahar Bolak | Chahar Bolak | Char Bolak;Chahar Bulak;Charbolak
Chahar Kint | Chahar Kint | Char Kint;Chaharkent;Chahar Kent;Charkint;Charkanat
Chimtal | Chimtal | Chemtal;Cheemtal;Chamtal;Chimtaal
Dawlatabad | Dawlatabad | Daulatabad;Dowlatabad;Dawlat Abad;Dawalat Abad;Dawalt Abad;Dawalabad | 1
Dihdadi | Dehdadi | Dihdadi;Deh Dadi;Dehdade
Kaldar | Kaldar | Kaldar;Kaldara
Khulm | Khulm | Kholm;Tashqurghan;Tashkurgan
Kishindih | Kishindih | Keshendeh;Kishinde;Kishendeh;Kushanda;Kishanda;Keshenda;Kishindeh
Marmul | Marmul | Marmol
Mazari Sharif | Mazar-i-Sharif | Mazar-e Sharif;Mazar-e-Sharif;Mazar i Sharif;Mazari Sharif;Mazar;Mazar Sharif;Mazar-i Sharif
Nahri Shahi | Nahr-e Shahi | Nahri Shahi;Nahr-i-Shahi;Nahr Shahi
Sholgara | Sholgara | Shulgara;Sholgarah;Sholgar;Sholgaar;Sholgere;Sholgareh
Shortepa | Shortepa | Shortapa;Shor Tepa;Shortapah;Shor Tapa
Zari | Zari | Zari
"""),
    "AF-BAM": _d("""
Bamyan | Bamyan | Bamiyan;Bamian
Kahmard | Kahmard | Kahmerd;Kohmard
Panjab | Panjab | Punjab district
Sayghan | Sayghan | Saighan;Sighan;Saighaan
Shibar | Shibar | Shibar Pass
Waras | Waras | Waras
Yakawlang | Yakawlang | Yakaolang;Yakowlang;Yakolang;Yakaulang
"""),
    "AF-DAY": _d("""
Gaiti | Kiti | Gaiti;Keti;Kiti
Ishtarlay | Ishtarlay | Ashtarlay;Ishtarlai;Ashtarlai
Kajran | Kajran | Kijran;Kejran
Khadir | Khadir | Khedir;Khidir;Khidr
Miramor | Miramor | Miramoor;Mir Amor
Nili | Nili | Nilli
Sangi Takht | Sang-e Takht | Sangi Takht;Sang-i-Takht;Sang Takht;Sang-e Takht-e Bandar
Shahristan | Shahristan | Shahrestan
"""),
    "AF-FRA": _d("""
Anar Dara | Anar Dara | Anardara;Anar Darah
Bakwa | Bakwa | Bakwah
Bala Buluk | Bala Buluk | Bala Boluk;Balabuluk;Bala Bolok
Farah | Farah | Farah city
Gulistan | Gulistan | Golestan;Gulestan
Khaki Safed | Khak-e Safed | Khaki Safed;Khak-i-Safid;Khak-e Sefid;Khaki Safid
Lash Wa Juwayn | Lash wa Juwayn | Lash-e Juwayn;Lash o Juwayn;Lash Juwayn;Lash Jawin;Lash-e Jawin;Lash wa Jawin
Pur Chaman | Pur Chaman | Purchaman;Por Chaman;Pur Chman
Pusht Rod | Pusht Rod | Pusht-e Rod;Poshtrod;Pushtrod;Pusht-e Road;Pusht Road
Qala Ka | Qala-e Kah | Qala Ka;Qala-i-Kah;Qalai Kah;Qala Kah
Shib Koh | Shib Koh | Shibkoh;Sheb Koh
"""),
    "AF-FYB": _d("""
Almar | Almar | Almar
Andkhoy | Andkhoy | Andkhoi;Andkhvoy;Andkhuy;Andhoy
Bilchiragh | Bilchiragh | Belcheragh;Bil Chiragh;Belchiragh;Bulcheragh;Bulchiragh
Dawlatabad | Dawlatabad | Daulatabad;Dowlatabad;Dawlat Abad;Dawalat Abad;Dawalt Abad;Dawalabad
Gurziwan | Gurziwan | Gurziwan;Garziwan;Gurzaiwan;Gurzivan;Gerziwan
Khani Chahar Bagh | Khan-e Chahar Bagh | Khani Chahar Bagh;Khan-i-Char Bagh;Khan Char Bagh;Khani Char Bagh;Khan Chaharbagh
Khwaja Sabz Posh | Khwaja Sabz Posh | Khwaja Sabzposh;Khoja Sabz Posh;Khwaja Sabz Push;Khoja Sabz Push
Kohistan | Kohistan | Kohistan | 1
Maymana | Maimana | Maymana;Meymaneh;Maimanah;Maymaneh;Maymena;Meymana
Pashtun Kot | Pashtun Kot | Pashtunkot;Pashtoon Kot;Pashtun Kut
Qaramqol | Qaramqol | Qaramqul;Qaram Qol;Qarah Qol;Karamkol;Qaramkol;Karam Qol
Qaysar | Qaisar | Qaysar;Qeysar;Kaysar
Qurghan | Qurghan | Qorghan;Kurgan;Qurgan;Kurghan
Shirin Tagab | Shirin Tagab | Shirin Tagaw;Sherin Tagab
"""),
    "AF-GHA": _d("""
Ab Band | Ab Band | Abband;Ab-e Band
Ajristan | Ajristan | Ajrestan
Andar | Andar | Andar
Bahrami Shahid (Jaghatu) | Jaghatu | Bahrami Shahid;Jaghato;Jaghatu-e Ghazni
Dih Yak | Deh Yak | Dih Yak;Deyak;Dehyak
Gelan | Gelan | Gilan;Gillan
Ghazni | Ghazni | Ghazni city;Gazni;Gazni city
Giro | Giro | Gairo;Giru
Jaghuri | Jaghori | Jaghuri;Jaghoori
Khwaja Umari | Khwaja Omari | Khwaja Umari;Khoja Omari
Malistan | Malistan | Malestan;Malustan
Muqur | Muqur | Moqor;Muqor;Moqur | 1
Nawa | Nawa | Nawa-e Ghazni
Nawur | Nawur | Nahur;Nawor;Nahoor
Qarabagh | Qarabagh | Qara Bagh;Qarabag;Karabagh;Kara Bagh
Rashidan | Rashidan | Rashedan
Waghaz | Waghaz | Waghez
Wali Muhammadi Shahid | Wali Muhammad Shahid | Wali Muhammadi Shahid;Khogyani;Wali Mohammad Shahid
Zana Khan | Zanakhan | Zana Khan;Zankhan
"""),
    "AF-GHO": _d("""
Chaghcharan | Chaghcharan | Chaghcharan;Chakhcharan;Cheghcheran
Charsada | Charsada | Chahar Sadra;Charsadra;Chahar Sada;Chaharsada
Dawlat Yar | Dawlat Yar | Dawlatyar;Dowlat Yar
Du Layna | Du Layna | Do Layna;Dolaina;Dulaina
Lal Wa Sarjangal | Lal wa Sarjangal | Lal-o-Sarjangal;Lal o Sar Jangal
Pasaband | Pasaband | Pasaband
Saghar | Saghar | Saghar;Sagar
Shahrak | Shahrak | Shahrak;Shahrek
Taywara | Taywara | Taiwara;Teywara;Tiwara
Tulak | Tulak | Tolak
"""),
    "AF-HEL": _d("""
Baghran | Baghran | Baghran
Dishu | Deshu | Dishu;Dishoo
Garmser | Garmsir | Garmser;Garmseer;Garm Ser
Kajaki | Kajaki | Kajakai;Kajaki Dam
Lashkar Gah | Lashkar Gah | Lashkargah;Lashkar Gāh;Lashkar Gar;Lashkar Ghah;Lashgarkah;Lashgar Gah;Lashgargah;Lakshar Gah;Laschkargah;Laschkar Gah;Lakshkar Gah
Musa Qala | Musa Qala | Musa Qalah;Musa Qaleh;Musa Kala;Moosa Qala
Nad Ali | Nad Ali | Nad-e Ali;Nad-i-Ali;Nadali;Nade Ali
Nahri Sarraj | Nahr-e Saraj | Nahri Sarraj;Nahr-i-Saraj;Nahr-e Sarraj;Nahri Saraj;Nahre Seraj;Nahre Saraj;Nahr-e Seraj
Naw Zad | Now Zad | Nawzad;Naw Zad;Nowzad;Nauzad
Nawa-I-Barak Zayi | Nawa | Nawa-e Barakzai;Nawa-i-Barakzayi;Nawa-e Barakzayi;Nawa Barakzai;Nawa district;Nawah | 1
Reg (Khanshin) | Reg | Khanashin;Khan Neshin;Khanshin;Reg-e Khan Nishin;Khan Nishin | 1
Sangin | Sangin | Sangeen
Washer | Washir | Washer;Washeer
"""),
    "AF-HER": _d("""
Adraskan | Adraskan | Adraskan
Chishti Sharif | Chisht-e Sharif | Chishti Sharif;Chisht-i-Sharif;Chisht Sharif;Chesht-e Sharif;Chisht;Chesht;Chesht Sharif
Farsi | Farsi | Farsi
Ghoryan | Ghoryan | Ghurian;Ghorian;Ghourian
Gulran | Gulran | Golran
Guzara | Guzara | Guzarah;Gozara;Guzara;Gujara;Kusara
Hirat | Herat | Hirat;Herat city
Injil | Enjil | Injil;Enjeel;Indjil
Karukh | Karukh | Karokh;Karrukh;Karkh
Kohsan | Kohsan | Kohsan;Kuhsan;Ghorian-e Kohsan
Koshk | Kushk | Koshk;Kushk-e Robat Sangi;Kushk Robat Sangi;Robat-e Sangi;Robat Sangi;Rabat Sangi
Koshki Kohna | Kushk-e Kuhna | Koshki Kohna;Kushki Kuhna;Kushk-i-Kohna;Kushk-e Kohna;Kushk-e Kohnah;Kushk-i-Kohnah
Obe | Obe | Obeh;Awba;Oba;Ube;Ubeh
Pashtun Zarghun | Pashtun Zarghun | Pashtoon Zarghoon;Pashtunzarghun
Shindand | Shindand | Shindand
Zanda Jan | Zinda Jan | Zanda Jan;Zendeh Jan;Zindajan
"""),
    "AF-JOW": _d("""
Aqcha | Aqcha | Aqchah;Aqchah
Darzab | Darzab | Darzab
Fayzabad | Fayzabad | Faizabad
Kham Ab | Khamyab | Kham Ab;Khamab;Khamiab;Khomab
Khaniqa | Khaniqa | Khanaqa;Khaniqah;Khanaqah
Khwaja Du Koh | Khwaja Du Koh | Khoja Du Koh;Khwaja Do Koh;Khwaja Dukoh;Khwaja Dako;Khawja Du Koh;Khawja Do Koh
Mangajek | Mangajek | Mingajik;Mangajik;Mangjic;Manjigak
Mardyan | Mardyan | Mardian
Qarqin | Qarqin | Qarqeen;Qirqeen
Qush Tepa | Qush Tepa | Qosh Tepa;Qushtepa;Qush Tapa
Shibirghan | Sheberghan | Shiberghan;Shibarghan;Shibirghan;Shebergan;Shibirghan city;Sibargan;Sherberghan
"""),
    "AF-KAB": _d("""
Bagrami | Bagrami | Bagrami
Chahar Asyab | Chahar Asyab | Char Asyab;Chahar Asiab;Char Asiab;Charasiab
Dih Sabz | Deh Sabz | Dih Sabz;Dehsabz
Farza | Farza | Farzah
Guldara | Guldara | Guldarah;Gul Dara
Istalif | Istalif | Estalif;Istalef
Kabul | Kabul | Kabul city;Kabol
Kalakan | Kalakan | Kalakan
Khaki Jabbar | Khak-e Jabbar | Khaki Jabbar;Khak-i-Jabar;Khak-e Jabar
Mir Bacha Kot | Mir Bacha Kot | Mirbachakot;Mir Bachakot
Musayi | Musahi | Musayi;Mussahi;Musai
Paghman | Paghman | Paghman;Pagman
Qarabagh | Qarabagh | Qara Bagh;Qarabag;Karabagh;Kara Bagh | 1
Shakardara | Shakardara | Shakar Dara;Shakar Darah
Surobi | Surobi | Sarobi;Sarubi;Sorobi | 1
"""),
    "AF-KAN": _d("""
Arghandab | Arghandab | Arghandaab | 1
Arghistan | Arghistan | Arghestan
Daman | Daman | Daman
Ghorak | Ghorak | Ghurak
Kandahar | Kandahar | Kandahar city;Qandahar
Khakrez | Khakrez | Khakriz;Khakrez
Maruf | Maruf | Maroof;Marouf
Maywand | Maiwand | Maywand
Miya Nishin | Mianishin | Miya Nishin;Mian Nishin;Myanishin;Mianshen;Mianshin;Mianeshin;Mia Nishin;Miyanishin;Mianashin
Nesh | Nesh | Naish;Nish
Panjwayi | Panjwai | Panjwayi;Panjway;Panjwaee;Panjwaii
Registan | Registan | Reg-e Kandahar
Shah Wali Kot | Shah Wali Kot | Shahwalikot;Shah Wali Kowt;Shahwali Kot
Shorabak | Shorabak | Shorawak
Spin Boldak | Spin Boldak | Spin Buldak;Spinboldak;Spin Boldaq
Zhari | Zhari | Zheray;Zharay;Zheri;Zherai;Zharai
"""),
    "AF-KAP": _d("""
Alasay | Alasay | Alasai;Ala Say;Ala Sai;Alaysa
Hisa-i-Awali Kohistan | Kohistan 1 | Hisa-i-Awali Kohistan;Hesa-e Awal Kohistan;Kohistan-e Awal
Hisa-i-Duwumi Kohistan | Kohistan 2 | Hisa-i-Duwumi Kohistan;Hesa-e Duwum Kohistan;Kohistan-e Duwum
Koh Band | Koh Band | Kohband
Mahmudi Raqi | Mahmud Raqi | Mahmudi Raqi;Mahmud-e Raqi;Mahmood Raqi;Mahmud-i-Raqi
Nijrab | Nijrab | Nejrab;Najrab
Tagab | Tagab | Tagaw | 1
"""),
    "AF-KHO": _d("""
Bak | Bak | Bak
Gurbuz | Gurbuz | Gurbaz;Gorbuz
Jaji Maidan | Jaji Maidan | Jaji Maydan;Jajimaidan
Khost (Matun) | Khost | Matun;Khost Matun;Khost city;Khowst
Mando Zayi | Mandozai | Mando Zayi;Ismail Khel Mandozai;Mandozayi
Mosa Khail | Musa Khel | Mosa Khail;Musa Khail;Musakhel
Nadir Shah Kot | Nadir Shah Kot | Nader Shah Kot;Nadirshahkot
Qalandar | Qalandar | Qalandar
Sabri | Sabari | Sabri;Saberi
Shamal | Shamal | Shamul
Spira | Spera | Spira;Speera
Tani | Tani | Tanai
Tere Zayi | Terezai | Tere Zayi;Tirizai
"""),
    "AF-KNR": _d("""
Asadabad | Asadabad | Asad Abad;Chaghasarai
Bar Kunar | Bar Kunar | Asmar;Bar Konar
Chapa Dara | Chapa Dara | Chapadara;Chapa Darah
Chawkay | Chawkay | Chawki;Chowkay;Chauki
Dangam | Dangam | Dangam
Dara-I-Pech | Dara-e Pech | Dara-i-Pech;Pech;Manogai;Dara-e Pich
Ghaziabad | Ghaziabad | Ghazi Abad
Khas Kunar | Khas Kunar | Khas Konar
Marawara | Marawara | Marawarah
Narang | Narang | Narang wa Badil
Nari | Nari | Naray;Narai
Nurgal | Nurgal | Noorgal
Sarkani | Sarkano | Sarkani;Sirkanay;Sar Kani
Shaygal wa shital | Shigal | Shaygal wa Shital;Shigal wa Sheltan;Shegal
Wata Pur | Watapur | Wata Pur;Wotapur
"""),
    "AF-KDZ": _d("""
Aliabad | Aliabad | Ali Abad
Chahar Dara | Chahar Dara | Char Dara;Chardara;Chahardara
Dashte Archi | Dasht-e Archi | Dashte Archi;Dasht-i-Archi;Dashti Archi;Archi
Imam Sahib | Imam Sahib | Imam Saheb
Khanabad | Khanabad | Khan Abad
Kunduz | Kunduz | Kunduz city;Konduz;Qunduz;Kondoz
Qalay-I-Zal | Qala-e Zal | Qalay-i-Zal;Qala-i-Zal;Qalai Zal;Qala Zal;Qalai Zol;Qala-i-Zol
"""),
    "AF-LAG": _d("""
Alingar | Alingar | Alinigar
Alishing | Alishing | Alisheng;Alishang
Daulatshahi | Dawlat Shah | Daulatshahi;Dawlatshah;Dowlat Shah
Mihtarlam | Mehtarlam | Mihtarlam;Mehtar Lam;Metarlam;Mihterlam;Mehterlam;Mitarlam;Mitharlam
Qarghayi | Qarghayi | Qarghai;Qarghaee
"""),
    "AF-LOG": _d("""
Azra | Azra | Azrah
Baraki Barak | Baraki Barak | Baraki Rajan;Barak-i-Barak;Barak-e Barak
Charkh | Charkh | Charkh
Kharwar | Kharwar | Kherwar
Khoshi | Khoshi | Khushi
Mohammad Agha | Mohammad Agha | Muhammad Agha;Mohammad Aghah
Puli Alam | Pul-e Alam | Pul-i-Alam;Puli Alam;Pol-e Alam;Pul-e-Alam
"""),
    "AF-NAN": _d("""
Acheen | Achin | Acheen;Achine
Bati Kot | Bati Kot | Batikot;Bati Kowt
Bihsud | Behsud | Bihsud;Behsood
Chaparhar | Chaparhar | Chaprahar;Chapahar
Dara-I-Nur | Dara-e Nur | Dara-i-Nur;Darai Nur;Dara-e Noor
Deh Bala | Deh Bala | Haska Mina;Hska Mina;Haskamina;Deh Bala
Dur Baba | Dur Baba | Dor Baba;Durbaba
Goshta | Goshta | Gushta
Hesarak | Hesarak | Hisarak;Hessarak
Jalalabad | Jalalabad | Jalal Abad;Jelalabad;Jalalabad city
Kama | Kama | Kama
Khogayani | Khogyani | Khogayani;Khugyani;Khogiani | 1
Kot | Kot | Kot
Kuz Kunar | Kuz Kunar | Kuz Konar;Khewa
Lal Por | Lalpur | Lal Por;Lalpoor;Lal Pur
Muhmand Dara | Mohmand Dara | Muhmand Dara;Momand Dara;Mohmand Darah
Nazyan | Nazyan | Naziyan;Nazian
Pachier Agam | Pacher wa Agam | Pachier Agam;Pachir wa Agam;Pachir Agam;Pachir-o-Agam;Pacheer wa Agam
Rodat | Rodat | Rudat
Shinwar | Shinwar | Ghani Khel
Shirzad | Sherzad | Shirzad;Sherzaad
Surkh Rod | Surkhrod | Surkh Rod;Sorkh Rod;Surkhrud;Surkh Rud
"""),
    "AF-NIM": _d("""
Chahar Burjak | Chahar Burjak | Char Burjak;Chahar Burjaq;Charburjak
Chakhansur | Chakhansur | Chakhansoor;Chakhansour;Chankhansur;Chakhanasur
Kang | Kang | Kang
Khash Rod | Khash Rod | Khashrod;Khash Rud;Kashrood;Khashrood;Kash Rod
Zaranj | Zaranj | Zaranj city;Zarang;Jaranj
"""),
    "AF-NUR": _d("""
Bargi Matal | Barg-e Matal | Bargi Matal;Barg-i-Matal;Bargmatal
Du Ab | Du Ab | Do Ab;Duab;Doab;Do-Ab
Kamdesh | Kamdesh | Kamdish
Mandol | Mandol | Mandul
Nurgaram | Nurgaram | Noorgaram;Noorgram;Nurgram
Parun | Parun | Paroon;Parun city
Wama | Wama | Wamah
Waygal | Waygal | Waigal
"""),
    "AF-PIA": _d("""
Ahmad Abad | Ahmadabad | Ahmad Abad;Ahmadaba;Ahmad Aba
Ali Khail (Jaji) | Jaji | Ali Khail;Ali Khel;Aryub Zazi;Zazi Aryub
Chamkani | Chamkani | Chamkanai;Chamkany;Samkani
Dand Patan | Dand-e Patan | Dand Patan;Dand-i-Patan;Dand wa Patan;Patan;Dand-e-Pathan;Dand-e Pathan;Dand Pathan
Gardiz | Gardez | Gardiz;Gardeyz
Jani Khail | Jani Khel | Jani Khail;Janikhel;Janikhil | 1
Laja Ahmad Khail | Laja Ahmad Khel | Laja Ahmad Khail;Lija Ahmad Khel;Laja Mangal;Lajah Mangal;Ahmad Khel;Ahmad Khil;Ahmadkhel;Ahmad Khail
Sayed Karam | Sayed Karam | Sayid Karam;Said Karam;Sayyid Karam
Shawak | Shwak | Shawak;Shawak
Zadran | Wuza Zadran | Zadran;Waza Zadran;Wazi Zadran
Zurmat | Zurmat | Zormat
"""),
    "AF-PKA": _d("""
Barmal | Barmal | Bermel
Dila | Dila | Dila wa Khushamand;Dila Khoshamand;Khoshamand;Khushamand;Dila wa Khoshamand;Dila Khushamand
Gayan | Gayan | Gyan;Gayan
Gomal | Gomal | Gumal
Jani Khel | Jani Khel | Jani Khail;Janikhel;Jani Khil;Janikhil
Mata Khan | Mata Khan | Matakhan;Muta Khan
Nika | Naka | Nika
Omna | Omna | Umna
Sar Hawza | Sar Hawza | Sar Rawza;Sarhawza;Sar Rowza
Sarobi | Sarobi | Sarubi;Sorobi
Sharan | Sharan | Sharana;Shrana
Turwo | Turwo | Terwa;Tarwe;Turwe
Urgun | Urgun | Orgun
Waza Khwa | Waza Khwa | Wazakhwa;Waza Khwah
Wor Mayi | Wor Mamay | Wor Mayi;Wormamay;Wor Mamai
Yahya Khel | Yahya Khel | Yahya Khail;Yahyakhel
Yosuf Khel | Yousuf Khel | Yosuf Khel;Yusuf Khel;Yusufkhel
Zarghun Shahr | Zarghun Shahr | Zerok Shahr;Zarghunshahr
Ziruk | Ziruk | Zerok;Zeruk
"""),
    "AF-PAN": _d("""
Bazarak | Bazarak | Bazarak
Dara | Dara | Dara-e Hazara;Dara-e Panjshir;Abshar
Khenj (Hese-Awal) | Khenj | Hese Awal;Hissa-e Awal;Khinj;Hisa-e Awal;Hinj
Paryan | Paryan | Parian
Rukha | Rokha | Rukha;Rokhah;Rukhah
Shutul | Shotul | Shutul;Shatul;Shotol;Shutur
Unaba | Anaba | Unaba;Anawa;Onaba;Annaba;Anabe
"""),
    "AF-PAR": _d("""
Bagram | Bagram | Bagram Airfield;Bagram Air Base;Bagram airbase
Chaharikar | Charikar | Chaharikar;Charikar city
Jabalussaraj | Jabal Saraj | Jabalussaraj;Jabal-us-Saraj;Jabal-e Saraj;Jabal os Saraj;Jabalsaraj;Jabal us Seraj
Kohi Safi | Koh-e Safi | Kohi Safi;Koh-i-Safi;Kuh-e Safi
Salang | Salang | Salang Pass;Salang Tunnel
Sayd Khel | Sayed Khel | Sayd Khel;Said Khel;Sayed Khail
Shekh Ali | Sheikh Ali | Shekh Ali;Shaikh Ali;Shikh Ali;Shiekh Ali;Shaykh Ali
Shinwari | Shinwari | Shinwari;Shenwari
Sia Gird (Ghorbund) | Ghorband | Sia Gird;Siagird;Ghorbund;Siah Gird;Ghorband valley;Seyah Gerd;Siyah Gird;Siahgird;Siahgard;Siyahgird
Surkhi Parsa | Surkh-e Parsa | Surkhi Parsa;Surkh-i-Parsa;Surkh Parsa;Sorkh Parsa;Sorkh-e Parsa;Surkh-e-Parsa;Surkh-o-Parsa;Surkh-o Parsa;Surkh o Parsa
"""),
    "AF-SAM": _d("""
Aybak | Aybak | Aibak;Ibak;Samangan city
Dara-I-Sufi Bala | Dara-e Suf-e Bala | Dara-i-Sufi Bala;Darah-e Suf Bala;Dara-e Sof Bala;Dara-e Suf-e Bala;Dara-e Suf Bala;Dara-i-Suf Bala;Dara-i-Sawf Bala
Dara-I-Sufi Payin | Dara-e Suf-e Payin | Dara-i-Sufi Payin;Darah-e Suf Payin;Dara-e Sof Payin;Dara-e Suf-e Payin;Dara-e Suf Payin;Dara-i-Suf Payin;Dara-e Suf;Dara-i-Suf;Dara-i-Sawf
Feroz Nakhchir | Feroz Nakhchir | Firoz Nakhchir;Feroznakhchir;Firuzan Khachir
Hazrati Sultan | Hazrat-e Sultan | Hazrati Sultan;Hazrat Sultan;Hazrat-i-Sultan
Khuram Wa Sarbagh | Khuram wa Sarbagh | Khulm wa Sarbagh;Khuram-o-Sarbagh;Khuram Sarbagh
Ruyi Du Ab | Ruy-e Du Ab | Ruyi Du Ab;Ruy-i-Du Ab;Roy-e Do Ab;Ruidoab
"""),
    "AF-SAR": _d("""
Balkhab | Balkhab | Balkh Ab
Gosfandi | Gosfandi | Gosfendi;Gusfandi
Kohistanat | Kohistanat | Kohestanat
Sangcharak | Sancharak | Sangcharak;Sang Charak;Sang-e Charak
Sari Pul | Sar-e Pul | Sar-e-Pul;Sar-e Pol;Sar-e-Pol;Sari Pul;Sar-i-Pul;Sar-i Pul;Saripul;Saripol;Sarepul;Sar-i-Pol;Sar-e Pul city;Sar-e Pol city
Sayyad | Sayyad | Sayad;Sayyad
Sozma Qala | Sozma Qala | Sozma Qalah;Suzma Qala
"""),
    "AF-TAK": _d("""
Baharak | Baharak | Baharak
Bangi | Bangi | Bangi
Chah Ab | Chah Ab | Chahab;Chah-e Ab;Chahi Ab
Chal | Chal | Chal;Chaal
Darqad | Darqad | Dar Qad;Darqad
Dashti Qala | Dasht-e Qala | Dashti Qala;Dasht-i-Qala;Dasht Qala
Farkhar | Farkhar | Farkhar
Hazar Sumuch | Hazar Sumuch | Hazar Somuch;Hazarsumuch;Hazar Samooch;Hazar Samuch
Ishkamish | Eshkamesh | Ishkamish;Ishkamesh;Ashkamash;Eshkamish
Kalfagan | Kalafgan | Kalfagan;Kalafgan;Kalfgan
Khwaja Bahawuddin | Khwaja Bahauddin | Khwaja Bahawuddin;Khoja Bahauddin;Khwaja Baha-ud-Din;Khwaja Baha-u-Din;Khwaja Bahawudin
Khwaja Ghar | Khwaja Ghar | Khwaja Khar;Khoja Ghar;Khwajaghar;Khwaja Ghaar;Khawja Ghar;Khajaghar;Khoja Ghor;Khwaja Ghor
Namak Ab | Namak Ab | Namakab;Namak Aab
Rustaq | Rustaq | Rostaq;Rustak
Taluqan | Taloqan | Taluqan;Taliqan;Talqan;Taluqan;Taloqan city;Taloquan;Taluquan;Talukan;Tarukan;Talghan
Warsaj | Warsaj | Varsaj;Worsaj
Yangi Qala | Yangi Qala | Yangi Qalah;Yangiqala
"""),
    "AF-URU": _d("""
Chora | Chora | Chawra;Chura;Chure;Chenarto;Chinarto;Chenartu;Choora
Gizab | Gizab | Gizao
Dihrawud | Dehrawud | Dihrawud;Deh Rawud;Deh Rawood;Dehrawood
Khas Uruzgan | Khas Uruzgan | Khas Oruzgan;Uruzgan district
Shahidi Hassas | Shahid-e Hassas | Shahidi Hassas;Shahid-i-Hassas;Char Chino;Charchino
Tirin Kot | Tarinkot | Tirinkot;Tirin Kot;Tarin Kowt;Tarin Kot;Taringot;Tarinkowt;Tirin Kut
"""),
    "AF-WAR": _d("""
Chaki Wardak | Chak-e Wardak | Chaki Wardak;Chak;Chak-i-Wardak;Chak Wardak
Day Mirdad | Day Mirdad | Daymirdad;Dai Mirdad
Hisa-I-Awali Bihsud | Behsud 1 | Hisa-i-Awali Bihsud;Hesa-e Awal Behsud;Behsud-e Awal
Jaghatu | Jaghatu | Jaghato | 1
Jalrez | Jalrez | Jalriz
Markazi Bihsud | Markaz-e Behsud | Markazi Bihsud;Markazi Behsud;Markaz-i-Bihsud;Behsud 2
Maydan Shahr | Maidan Shahr | Maydan Shahr;Maidanshahr;Meydan Shahr;Maidan Shar;Maidan Shehr
Nirkh | Nerkh | Nirkh;Narkh
Saydabad | Sayedabad | Saydabad;Saidabad;Sayed Abad;Sayeed Abad;Sayedabad
"""),
    "AF-ZAB": _d("""
Arghandab | Arghandab | Arghandab
Atghar | Atghar | Atghar
Daychopan | Daychopan | Day Chopan;Daichopan;Dai Chopan
Kakar | Khak-e Afghan | Kakar;Khaki Afghan;Khak-i-Afghan
Mizan | Mizan | Mezan
Naw Bahar | Naw Bahar | Now Bahar;Nawbahar
Qalat | Qalat | Qalati Ghilji;Qalat-e Ghilzai;Qalat city
Shahjoy | Shahjoy | Shah Joy;Shahjoi
Shamulzayi | Shamulzayi | Shamulzai;Shinkai-e Shamulzai
Shinkay | Shinkay | Shinkai
Tarnak Wa Jaldak | Tarnak wa Jaldak | Tarnak-o-Jaldak;Jaldak;Tarnak
"""),
}


PLACES: tuple[PlaceEntry, ...] = (
    # capitals whose city name differs from the district's
    PlaceEntry("Feroz Koh", "capital", "Chaghcharan", "AF-GHO",
               ("Firozkoh", "Firoz Koh", "Feroz Kuh", "Ferozkoh", "Firuzkuh", "Firoz Koah", "Feroz Koah", "Fayroz Koh", "Firuzkoh",
                "Firuz Koh", "Feruz Koh"), 34.522, 65.252),
    # border crossings
    PlaceEntry("Spin Boldak crossing", "crossing", "Spin Boldak", "AF-KAN",
               ("Wesh", "Weesh", "Wesh-Chaman", "Wesh Chaman gate", "Chaman-Spin Boldak", "Spin Boldak-Chaman",
                # the crossing named from the Pakistani town across it ("the Afghan side of the Chaman crossing")
                "Chaman crossing", "Chaman border crossing", "Chaman gate", "Friendship Gate", "Bab-e Dosti"), 30.99, 66.40),
    PlaceEntry("Islam Qala", "crossing", "Kohsan", "AF-HER",
               ("Islam Qala", "Islam Qalah", "Eslam Qaleh", "Islam Qaleh", "Islam Kala", "Islam Qal"), 34.667, 61.067),
    PlaceEntry("Torghundi", "crossing", "Koshk", "AF-HER",
               ("Torghundi", "Turghundi", "Towraghondi", "Torghondi", "Torghandi", "Turghandi", "Torgondi", "Towrgondi", "Turgundi", "Torgundi"), 35.25, 62.28),
    PlaceEntry("Shir Khan Bandar", "crossing", "Imam Sahib", "AF-KDZ",
               ("Sher Khan Bandar", "Shirkhan Bandar", "Sherkhan Bandar", "Shir Khan port", "Sherkhan", "Shirkhan", "Sheikh Khan Bandar",
                "Sheer Khan Bandar", "Sheer Khan", "Shir Khan Bunder", "Sheikh Khan", "Shir Khan", "Sher Khan", "Shirhan"), 37.19, 68.61),
    PlaceEntry("Torkham", "crossing", "Muhmand Dara", "AF-NAN", ("Torkham", "Torkhum", "Turkham", "Torkham gate"),
               34.11, 71.09),
    PlaceEntry("Hairatan", "crossing", "Kaldar", "AF-BAL", ("Hairatan", "Hayratan", "Heyratan", "Heratan", "Hairaton", "Khairaton", "Khairatan"), 37.22, 67.42),
    PlaceEntry("Aqina", "crossing", "Khani Chahar Bagh", "AF-FYB", ("Aqina", "Aqinah", "Akina"), 37.01, 65.18),
    # Farah's crossing to Iran (Mahirud on the Iranian side); Milak is Nimroz's, at Zaranj
    PlaceEntry("Abu Nasr Farahi", "crossing", "Shib Koh", "AF-FRA",
               ("Abu Nasr Farahi", "Sheikh Abu Nasr Farahi", "Shaikh Abu Nasr Farahi", "Farahi port", "Mahirud", "Mahiroud", "Mahirood"), None, None),
    PlaceEntry("Milak", "crossing", "Zaranj", "AF-NIM", ("Milak", "Milak port"), None, None),
    PlaceEntry("Ghulam Khan", "crossing", "Gurbuz", "AF-KHO", ("Ghulam Khan", "Gulam Khan"), None, None),
    PlaceEntry("Angoor Adda", "crossing", "Barmal", "AF-PKA", ("Angoor Adda", "Angur Ada", "Angor Adda"), None, None),
    PlaceEntry("Dand-e Patan crossing", "crossing", "Dand Patan", "AF-PIA", ("Dand-e Patan crossing",), None, None),
    PlaceEntry("Ai Khanum", "crossing", "Dashti Qala", "AF-TAK", ("Ai Khanum", "Ay Khanum", "Ai Khanoum", "Aikhanum", "Ay-Khanoom", "Ay Khanoom", "Ai-Khanum"), 37.17, 69.41),
    # towns and landmarks the news names
    PlaceEntry("Gereshk", "town", "Nahri Sarraj", "AF-HEL", ("Gereshk", "Girishk", "Grishk", "Girishk city"), 31.821, 64.570),
    PlaceEntry("Khanashin", "town", "Reg (Khanshin)", "AF-HEL", ("Khan Neshin", "Khanashin"), None, None),
    PlaceEntry("Kajaki Dam", "town", "Kajaki", "AF-HEL", ("Kajaki Dam", "Kajakai Dam"), None, None),
    # Kandahar's Dahla Dam on the Arghandab river lies in Shah Wali Kot; Herat's Salma Dam in Chisht-e Sharif
    PlaceEntry("Dahla Dam", "town", "Shah Wali Kot", "AF-KAN", ("Dahla Dam", "Dahleh Dam", "Dahla dam"), None, None),
    PlaceEntry("Salma Dam", "town", "Chishti Sharif", "AF-HER",
               ("Salma Dam", "Afghan-India Friendship Dam", "Afghan-Indian Friendship Dam"), None, None),
    PlaceEntry("Bost Airport", "town", "Lashkar Gah", "AF-HEL", ("Bost Airport", "Bost airfield", "Bost Air Base"), None, None),
    PlaceEntry("Asmar", "town", "Bar Kunar", "AF-KNR", ("Asmar",), 35.033, 71.358),
    PlaceEntry("Tora Bora", "town", "Pachier Agam", "AF-NAN", ("Tora Bora", "Tora Bura"), None, None),
    PlaceEntry("Bagram Airfield", "town", "Bagram", "AF-PAR", ("Bagram Airfield", "Bagram Air Base", "Bagram airbase"),
               34.946, 69.265),
    PlaceEntry("Kandahar Airfield", "town", "Daman", "AF-KAN", ("Kandahar Airfield", "Kandahar Air Base", "Kandahar airport"),
               31.506, 65.848),
    PlaceEntry("Shindand Air Base", "town", "Shindand", "AF-HER", ("Shindand Air Base", "Shindand airbase"), None, None),
    # the Helmand base handed to the army as Camp Shorabak (not Kandahar's Shorabak district)
    PlaceEntry("Camp Shorabak", "town", "Washer", "AF-HEL",
               ("Camp Shorabak", "Camp Bastion", "Camp Leatherneck", "Shorabak base", "Shorabak Camp"), 31.864, 64.224),
    # the seat of Faryab's Kohistan district (reports also call it a district of its own)
    PlaceEntry("Lawlash", "town", "Kohistan", "AF-FYB", ("Lawlash", "Lolash", "Lowlash"), None, None),
    PlaceEntry("Salang Tunnel", "town", "Salang", "AF-PAR", ("Salang Tunnel", "Salang Pass"), None, None),
    # "Dand" alone is the Kandahar district: these Baghlan areas must win as the longer names
    PlaceEntry("Dand-e Ghori", "town", "Puli Khumri", "AF-BGL",
               ("Dand-e Ghori", "Dand-i-Ghori", "Dand Ghori", "Dand-e-Ghori", "Dande Ghori"), None, None),
    PlaceEntry("Dand-e Shahabuddin", "town", "Puli Khumri", "AF-BGL",
               ("Dand-e Shahabuddin", "Dand-i-Shahabuddin", "Dand Shahabuddin", "Dand-e-Shahabuddin"), None, None),
    # districts created after 2005, mapped to the AIMS district they were carved from
    PlaceEntry("Dand", "carved_district", "Daman", "AF-KAN", ("Dand", "Dand district"), None, None),
    PlaceEntry("Marja", "carved_district", "Nad Ali", "AF-HEL", ("Marja", "Marjah", "Marjeh", "Marja district"), 31.52, 64.11),
    PlaceEntry("Takhta Pul", "carved_district", "Spin Boldak", "AF-KAN", ("Takhta Pul", "Takhtapul", "Takhta Pol"), None, None),
    PlaceEntry("Pato", "carved_district", "Gizab", "AF-URU", ("Pato", "Patoo", "Patu"), None, None),
    # Paktia's Mirzaka, an unofficial district inside the AIMS Ahmad Abad polygon (split from Sayed Karam)
    PlaceEntry("Mirzaka", "carved_district", "Ahmad Abad", "AF-PIA", ("Mirzaka", "Mirzakai", "Mirzakay", "Mirzaka district"), None, None),
    # Laghman's Badpakh, west of the capital, inside the AIMS Mihtarlam polygon it was carved from
    PlaceEntry("Badpakh", "carved_district", "Mihtarlam", "AF-LAG", ("Badpakh", "Bad Pakh", "Bad Pash", "Badpash", "Badpakh district"), None, None),
    # Nimroz's Delaram district on the ring road, inside the AIMS Khash Rod polygon
    PlaceEntry("Delaram", "carved_district", "Khash Rod", "AF-NIM", ("Delaram", "Dilaram", "Delaram district"), 32.163, 63.427),
    PlaceEntry("Pusht Koh", "carved_district", "Shib Koh", "AF-FRA",
               ("Pusht Koh", "Pusht-e Koh", "Pusht-e-Koh", "Posht Kuh", "Posht-e Kuh", "Pushtkoh", "Posht Koh"), None, None),
)


FOREIGN: tuple[ForeignEntry, ...] = tuple(ForeignEntry(n, k, c, tuple(a for a in al.split(";") if a)) for n, k, c, al in (
    ("Pakistan", "country", "PK", "Pakistan"),
    ("Iran", "country", "IR", "Iran;Islamic Republic of Iran"),
    ("Tajikistan", "country", "TJ", "Tajikistan"),
    ("Uzbekistan", "country", "UZ", "Uzbekistan"),
    ("Turkmenistan", "country", "TM", "Turkmenistan"),
    ("Kyrgyzstan", "country", "KG", "Kyrgyzstan;Kyrgyz Republic"),
    ("Kazakhstan", "country", "KZ", "Kazakhstan"),
    ("China", "country", "CN", "China"),
    ("India", "country", "IN", "India"),
    ("Qatar", "country", "QA", "Qatar"),
    ("Russia", "country", "RU", "Russia;Russian Federation"),
    ("United States", "country", "US", "United States;USA;America;United States of America"),
    ("United Kingdom", "country", "GB", "United Kingdom;Britain;Great Britain;UK"),
    ("Turkey", "country", "TR", "Turkey;Turkiye"),
    ("Saudi Arabia", "country", "SA", "Saudi Arabia"),
    ("United Arab Emirates", "country", "AE", "United Arab Emirates;UAE"),
    ("Canada", "country", "CA", "Canada"),
    ("Germany", "country", "DE", "Germany"),
    ("Balochistan", "region", "PK", "Balochistan;Baluchistan;Baloochistan"),
    ("Khyber Pakhtunkhwa", "region", "PK", "Khyber Pakhtunkhwa;Khyber-Pakhtunkhwa;KP;KPK;NWFP;North-West Frontier Province"),
    ("Waziristan", "region", "PK", "Waziristan;North Waziristan;South Waziristan"),
    ("Federally Administered Tribal Areas", "region", "PK", "FATA;Tribal Areas"),
    ("Khyber", "region", "PK", "Khyber;Khyber Agency;Khyber district;Khyber Pass"),
    ("Kurram", "region", "PK", "Kurram;Kurram Agency"),
    ("Bajaur", "region", "PK", "Bajaur;Bajaur Agency"),
    ("Chitral", "region", "PK", "Chitral"),
    ("Xinjiang", "region", "CN", "Xinjiang"),
    ("Gorno-Badakhshan", "region", "TJ", "Gorno-Badakhshan;GBAO;Tajik Badakhshan"),
    ("Sistan and Baluchestan", "region", "IR", "Sistan and Baluchestan;Sistan-Baluchestan;Sistan"),
    ("Khorasan Razavi", "region", "IR", "Khorasan Razavi;Razavi Khorasan"),
    ("Pamirs", "region", "TJ", "Pamirs;Pamir"),
    ("Central Asia", "region", "", "Central Asia"),
    ("Quetta", "city", "PK", "Quetta"),
    ("Peshawar", "city", "PK", "Peshawar"),
    ("Chaman", "town", "PK", "Chaman"),
    ("Miranshah", "town", "PK", "Miranshah;Miram Shah;Miramshah"),
    ("Mir Ali", "town", "PK", "Mir Ali"),
    ("Wana", "town", "PK", "Wana"),
    ("Islamabad", "city", "PK", "Islamabad"),
    ("Rawalpindi", "city", "PK", "Rawalpindi;Pindi"),
    ("Karachi", "city", "PK", "Karachi"),
    ("Lahore", "city", "PK", "Lahore"),
    ("Landi Kotal", "town", "PK", "Landi Kotal"),
    ("Parachinar", "town", "PK", "Parachinar"),
    ("Bannu", "town", "PK", "Bannu"),
    ("Dera Ismail Khan", "town", "PK", "Dera Ismail Khan;D I Khan"),
    ("Zhob", "town", "PK", "Zhob"),
    ("Pishin", "town", "PK", "Pishin"),
    ("Kuchlak", "town", "PK", "Kuchlak"),
    ("Gwadar", "city", "PK", "Gwadar"),
    ("Tashkent", "city", "UZ", "Tashkent"),
    ("Termez", "city", "UZ", "Termez;Termiz"),
    ("Samarkand", "city", "UZ", "Samarkand"),
    ("Dushanbe", "city", "TJ", "Dushanbe"),
    ("Kulob", "city", "TJ", "Kulob;Kulyab"),
    ("Khorog", "city", "TJ", "Khorog;Khorugh"),
    ("Panji Poyon", "town", "TJ", "Panji Poyon;Nizhny Pyanj;Panj"),
    ("Ashgabat", "city", "TM", "Ashgabat;Ashkhabad"),
    ("Serhetabat", "town", "TM", "Serhetabat;Kushka"),
    ("Tehran", "city", "IR", "Tehran;Teheran"),
    ("Mashhad", "city", "IR", "Mashhad;Mashad"),
    ("Zahedan", "city", "IR", "Zahedan"),
    ("Zabol", "city", "IR", "Zabol"),
    ("Taybad", "town", "IR", "Taybad"),
    ("Dogharoun", "town", "IR", "Dogharoun;Dogharon"),
    ("Doha", "city", "QA", "Doha"),
    ("Dubai", "city", "AE", "Dubai"),
    ("Abu Dhabi", "city", "AE", "Abu Dhabi"),
    ("Riyadh", "city", "SA", "Riyadh"),
    ("Istanbul", "city", "TR", "Istanbul"),
    ("Ankara", "city", "TR", "Ankara"),
    ("New Delhi", "city", "IN", "New Delhi;Delhi"),
    ("Beijing", "city", "CN", "Beijing"),
    ("Urumqi", "city", "CN", "Urumqi"),
    ("Moscow", "city", "RU", "Moscow"),
    ("Washington", "city", "US", "Washington;Washington DC;Washington D C"),
    ("New York", "city", "US", "New York;New York City;NY"),
    ("London", "city", "GB", "London"),
    ("Brussels", "city", "BE", "Brussels"),
    ("Geneva", "city", "CH", "Geneva"),
    ("Bishkek", "city", "KG", "Bishkek"),
    ("Almaty", "city", "KZ", "Almaty"),
    ("Connecticut", "region", "US", "Connecticut"),
    ("Punjab", "region", "PK", "Punjab;Punjab province"),
    ("Sindh", "region", "PK", "Sindh"),
    ("Gilgit-Baltistan", "region", "PK", "Gilgit-Baltistan;Gilgit"),
    ("Kashmir", "region", "", "Kashmir;Jammu and Kashmir"),
    ("Nagorno-Karabakh", "region", "AZ", "Karabakh;Nagorno-Karabakh"),
))
