#!/usr/bin/env python3
"""Writes the REDCap-style fixture of the import tests: the data dictionary of a relapse
board's REDCap project and a records export ("CSV raw") of 36 relapsed or refractory ALL
cases discussed in 2021-2023, with the repeating follow_up instrument. The cases are
invented; their shape is REDCap's: one row per record and one per repeating instance,
data access groups, radio codes, yes/no as 1/0, checkboxes as field___code columns,
dates as YYYY-MM-DD and <form>_complete columns. Seeded: run it again, get the same files."""
import csv, datetime as dt, random

rnd = random.Random(2021)
D = dt.date

DICTIONARY = [
    # name, form, type, label, choices, validation
    ("record_id", "case_registration", "text", "Record ID", "", ""),
    ("diagnosis", "case_registration", "radio", "Diagnosis", "1, BCP-ALL | 2, T-ALL | 3, ETP-ALL", ""),
    ("age_relapse", "case_registration", "text", "Age at this relapse (years)", "", "integer"),
    ("age_dx", "case_registration", "text", "Age at initial diagnosis (years)", "", "integer"),
    ("dx_date", "case_registration", "text", "Date of initial diagnosis", "", "date_ymd"),
    ("fl_end_date", "case_registration", "text", "End of front-line therapy", "", "date_ymd"),
    ("fl_agents", "case_registration", "checkbox", "Front-line agents",
     "1, prednisone | 2, vincristine | 3, asparaginase | 4, methotrexate | 5, mercaptopurine | 6, daunorubicin | 7, cyclophosphamide | 8, nelarabine", ""),
    ("fl_response", "case_registration", "radio", "Best response to front-line therapy", "1, MRD-negative CR | 2, CR | 3, No response", ""),
    ("relapse_no", "case_registration", "text", "Number of this relapse", "", "integer"),
    ("relapse_date", "case_registration", "text", "Date of this relapse", "", "date_ymd"),
    ("relapse_site", "case_registration", "radio", "Site of relapse", "1, Isolated marrow | 2, Combined | 3, Isolated extramedullary", ""),
    ("em_site", "case_registration", "text", "Extramedullary site", "", ""),
    ("blasts_bm", "case_registration", "text", "Marrow blasts at relapse (%)", "", "number"),
    ("refractory", "case_registration", "yesno", "Refractory to relapse induction", "", ""),
    ("intent", "case_registration", "radio", "Intent", "1, Curative, seeking a trial | 2, Bridge to HSCT | 3, Bridge to CAR-T | 4, Palliative", ""),
    ("lansky", "case_registration", "text", "Lansky performance status", "", "integer"),
    ("question", "case_registration", "notes", "Question to the board", "", ""),
    ("no_soc", "case_registration", "yesno", "No standard-of-care option exists", "", ""),
    ("no_soc_reason", "case_registration", "text", "Why no standard of care", "", ""),
    ("lesion1_type", "case_registration", "radio", "Lesion 1 type", "1, SNV or indel | 2, Fusion | 3, Deletion | 4, Amplification", ""),
    ("lesion1_gene", "case_registration", "text", "Lesion 1 gene", "", ""),
    ("lesion1_partner", "case_registration", "text", "Lesion 1 fusion partner", "", ""),
    ("lesion1_vaf", "case_registration", "text", "Lesion 1 VAF (fraction)", "", "number"),
    ("lesion2_type", "case_registration", "radio", "Lesion 2 type", "1, SNV or indel | 2, Fusion | 3, Deletion | 4, Amplification", ""),
    ("lesion2_gene", "case_registration", "text", "Lesion 2 gene", "", ""),
    ("lesion2_partner", "case_registration", "text", "Lesion 2 fusion partner", "", ""),
    ("lesion2_vaf", "case_registration", "text", "Lesion 2 VAF (fraction)", "", "number"),
    ("cd19_pct", "case_registration", "text", "CD19 positive blasts (%)", "", "number"),
    ("cd22_pct", "case_registration", "text", "CD22 positive blasts (%)", "", "number"),
    ("consent_date", "case_registration", "text", "Date of consent", "", "date_ymd"),
    ("consent_version", "case_registration", "text", "Consent form version", "", ""),
    ("consent_by", "case_registration", "radio", "Consent signed by", "1, Patient | 2, Parent or legal guardian", ""),
    ("assent", "case_registration", "yesno", "The child gave assent", "", ""),
    ("board_date", "board_discussion", "text", "Date of the board meeting", "", "date_ymd"),
    ("advice_date", "board_discussion", "text", "Date the advice was given", "", "date_ymd"),
    ("advice_summary", "board_discussion", "notes", "Summary of the advice", "", ""),
] + [row for n in (1, 2, 3) for row in (
    (f"adv{n}_type", "board_discussion", "radio", f"Advised option {n}: kind",
     "1, Trial | 2, Immunotherapy | 3, HSCT | 4, CAR-T | 5, Chemotherapy regimen | 6, Off-label targeted | 7, Further diagnostics", ""),
    (f"adv{n}_label", "board_discussion", "text", f"Advised option {n}", "", ""),
    (f"adv{n}_trial", "board_discussion", "text", f"Advised option {n}: trial number", "", ""),
    (f"adv{n}_why", "board_discussion", "notes", f"Advised option {n}: rationale", "", ""),
)] + [
    ("departure", "board_discussion", "notes", "Why the board departed from the usual order", "", ""),
    ("fu_due", "follow_up", "text", "Report for the quarter due on", "", "date_ymd"),
    ("fu_followed", "follow_up", "radio", "Was the advice followed?", "1, Yes | 2, Partly | 0, No", ""),
    ("fu_therapy", "follow_up", "radio", "Therapy given", "1, Advised option | 2, Other trial | 3, Off-label | 4, Compassionate use | 5, Standard | 0, None", ""),
    ("fu_option", "follow_up", "text", "Which advised option", "", "integer"),
    ("fu_start", "follow_up", "text", "Therapy start", "", "date_ymd"),
    ("fu_reason", "follow_up", "radio", "Why not (fully) followed", "1, Trial not open | 2, Not eligible | 3, Toxicity | 4, Patient refusal | 5, Deterioration | 6, Other therapy chosen", ""),
    ("fu_response", "follow_up", "radio", "Response after cycle 1", "1, MRD-negative CR | 2, CR | 3, CRi | 4, PR | 5, No response | 6, Progressive disease", ""),
    ("fu_hsct", "follow_up", "yesno", "HSCT in this period", "", ""),
    ("fu_hsct_date", "follow_up", "text", "Date of HSCT", "", "date_ymd"),
    ("fu_relapse", "follow_up", "yesno", "Relapse or progression in this period", "", ""),
    ("fu_relapse_date", "follow_up", "text", "Date of relapse or progression", "", "date_ymd"),
    ("fu_alive", "follow_up", "yesno", "Alive at last contact", "", ""),
    ("fu_death_date", "follow_up", "text", "Date of death", "", "date_ymd"),
    ("fu_death_cause", "follow_up", "radio", "Cause of death", "1, Disease | 2, Treatment toxicity | 3, Infection | 4, HSCT-related | 5, Other | 9, Unknown", ""),
    ("fu_last_contact", "follow_up", "text", "Date of last contact", "", "date_ymd"),
    ("fu_lost", "follow_up", "yesno", "Lost to follow-up", "", ""),
]

FORMS = ["case_registration", "board_discussion", "follow_up"]
AGENTS = {"prednisone": 1, "vincristine": 2, "asparaginase": 3, "methotrexate": 4, "mercaptopurine": 5,
          "daunorubicin": 6, "cyclophosphamide": 7, "nelarabine": 8}
EXPORT_DAY = D(2024, 6, 30)


def plus_months(day, months):
    """As java.time's LocalDate.plusMonths: the same day of month, or the month's last."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    month += 1
    for d in range(day.day, 27, -1):
        try:
            return D(year, month, d)
        except ValueError:
            continue
    return D(year, month, day.day)


def columns():
    cols = ["record_id", "redcap_repeat_instrument", "redcap_repeat_instance", "redcap_data_access_group"]
    for form in FORMS:
        for name, f, kind, *_ in DICTIONARY:
            if f != form or name == "record_id":
                continue
            if kind == "checkbox":
                cols += [f"{name}___{code}" for code in range(1, 9)]
            else:
                cols.append(name)
        cols.append(f"{form}_complete")
    return cols


def advice_for(diag, cd19, cd22, lesions, relapse_no, refractory):
    options = []
    if diag == 1:
        if cd19 and cd19 >= 90 and (relapse_no >= 2 or refractory):
            options.append((4, "Tisagenlecleucel (CD19 CAR-T)", "", "Second or refractory relapse of CD19-positive BCP-ALL: CAR-T is approved."))
        if cd19 and cd19 >= 90:
            options.append((2, "Blinatumomab", "", "CD19-positive; bridges to HSCT with less toxicity than chemotherapy blocks."))
        if cd22 and cd22 >= 70:
            options.append((2, "Inotuzumab ozogamicin", "", "CD22 expressed on most blasts."))
    else:
        options.append((5, "Nelarabine, cyclophosphamide and etoposide", "", "T-lineage relapse: nelarabine-based re-induction."))
        options.append((5, "Bortezomib with vincristine, dexamethasone, PEG-asparaginase and doxorubicin (TVTC)", "", "Bortezomib-based salvage for relapsed T-ALL."))
    if any(g == "NRAS" or g == "KRAS" for _, g, _, _ in lesions):
        options.append((1, "Trametinib with dexamethasone (phase I/II)", "NCT05658640", "RAS-pathway mutation; a trial of MEK inhibition is open."))
    if any(g == "ABL1" for _, g, _, _ in lesions):
        options.append((6, "Dasatinib added to re-induction", "", "ABL-class fusion."))
    options.append((3, "Allogeneic HSCT in second remission", "", "Consolidation once MRD-negative."))
    return options[:3]


def main():
    cols = columns()
    rows = []
    for n in range(1, 37):
        dag = "utrecht_pmc" if n % 3 else "barcelona_sjd"
        diag = 1 if n % 5 else (2 if n % 10 else 3)
        age_dx = rnd.randint(1, 15)
        dx = D(2014, 1, 1) + dt.timedelta(days=rnd.randint(0, 6 * 365))
        fl_end = dx + dt.timedelta(days=rnd.randint(600, 800))
        relapse_no = 1 if rnd.random() < 0.6 else 2
        relapse = max(fl_end + dt.timedelta(days=rnd.randint(30, 900)), D(2021, 1, 10) + dt.timedelta(days=n * 25))
        age = age_dx + (relapse - dx).days // 365
        if age >= 25:
            age = 24
        refractory = 1 if rnd.random() < 0.2 else 0
        site = 1 if rnd.random() < 0.75 else 2
        board = relapse + dt.timedelta(days=rnd.randint(10, 30))
        advised = board + dt.timedelta(days=rnd.choice([0, 0, 1, 2]))
        consent = relapse + dt.timedelta(days=rnd.randint(2, 8))
        lesions = []
        if diag == 1:
            pool = [(1, "NRAS", "", "0.34"), (1, "KRAS", "", "0.21"), (3, "IKZF1", "", ""), (2, "ABL1", "EBF1", ""),
                    (1, "TP53", "", "0.48"), (3, "CDKN2A", "", ""), (1, "NT5C2", "", "0.12")]
        else:
            pool = [(2, "TLX3", "BCL11B", ""), (1, "NOTCH1", "", "0.40"), (3, "CDKN2A", "", ""), (1, "JAK3", "", "0.27")]
        for lesion in rnd.sample(pool, rnd.randint(0, 2)):
            lesions.append(lesion)
        cd19 = rnd.choice([99, 98, 95, 60, 0]) if diag == 1 else None
        cd22 = rnd.choice([95, 80, 40]) if diag == 1 else None
        agents = ["prednisone", "vincristine", "asparaginase", "methotrexate", "mercaptopurine", "daunorubicin"]
        if diag != 1:
            agents += ["cyclophosphamide"] + (["nelarabine"] if rnd.random() < 0.5 else [])
        options = advice_for(diag, cd19, cd22, lesions, relapse_no, refractory)
        main_row = {c: "" for c in cols}
        main_row.update({
            "record_id": str(n), "redcap_data_access_group": dag, "diagnosis": str(diag), "age_relapse": str(age),
            "age_dx": str(age_dx), "dx_date": dx.isoformat(), "fl_end_date": fl_end.isoformat(),
            "fl_response": "1" if rnd.random() < 0.8 else "2", "relapse_no": str(relapse_no),
            "relapse_date": relapse.isoformat(), "relapse_site": str(site),
            "em_site": "CNS" if site == 2 else "", "blasts_bm": str(rnd.randint(6, 95)),
            "refractory": str(refractory), "intent": str(rnd.choice([1, 1, 2, 2, 3])),
            "lansky": str(rnd.choice([60, 70, 80, 90, 100])),
            "question": "Relapsed ALL, which targeted or immunotherapy options should be considered?",
            "no_soc": "1", "no_soc_reason": "Relapse after intensive therapy; no protocol standard for this relapse.",
            "consent_date": consent.isoformat(), "consent_version": "2.1" if consent.year < 2022 else "3.0",
            "consent_by": "1" if age >= 18 else "2", "assent": "1" if 12 <= age < 18 else "0",
            "case_registration_complete": "2",
            "board_date": board.isoformat(), "advice_date": advised.isoformat(),
            "advice_summary": "The board advises, in order of preference:", "board_discussion_complete": "2",
        })
        for agent in agents:
            main_row[f"fl_agents___{AGENTS[agent]}"] = "1"
        for code in range(1, 9):
            main_row.setdefault(f"fl_agents___{code}", "")
            if main_row[f"fl_agents___{code}"] == "":
                main_row[f"fl_agents___{code}"] = "0"
        for i, (kind, gene, partner, vaf) in enumerate(lesions, start=1):
            main_row.update({f"lesion{i}_type": str(kind), f"lesion{i}_gene": gene, f"lesion{i}_partner": partner,
                             f"lesion{i}_vaf": vaf})
        if cd19 is not None:
            main_row["cd19_pct"] = str(cd19)
            main_row["cd22_pct"] = str(cd22)
        for i, (kind, label, trial, why) in enumerate(options, start=1):
            main_row.update({f"adv{i}_type": str(kind), f"adv{i}_label": label, f"adv{i}_trial": trial,
                             f"adv{i}_why": why})
        main_row["departure"] = "Recorded from the board's minutes before Target Board was used."
        rows.append(main_row)

        # Quarterly follow-up until death, loss or the export.
        followed = rnd.choice(["1", "1", "1", "2", "0"])
        therapy = "1" if followed != "0" else rnd.choice(["2", "3", "5"])
        start = advised + dt.timedelta(days=rnd.randint(3, 25))
        response = rnd.choice(["1", "1", "2", "3", "5", "6"])
        responder = response in ("1", "2", "3")
        hsct_date = start + dt.timedelta(days=rnd.randint(70, 100)) if responder and rnd.random() < 0.6 else None
        death = None
        relapse_after = None
        if not responder:
            death = start + dt.timedelta(days=rnd.randint(40, 300))
        elif rnd.random() < 0.3:
            relapse_after = start + dt.timedelta(days=rnd.randint(150, 400))
            if rnd.random() < 0.7:
                death = relapse_after + dt.timedelta(days=rnd.randint(30, 200))
        elif rnd.random() < 0.1:
            death = (hsct_date or start) + dt.timedelta(days=rnd.randint(20, 90))
        cause = None
        if death:
            cause = "1" if (relapse_after or not responder) else rnd.choice(["2", "3", "4"])
        lost = (death is None and rnd.random() < 0.05)
        k = 0
        while True:
            k += 1
            due = plus_months(advised, 3 * k)
            if due > EXPORT_DAY:
                break
            period_start = plus_months(advised, 3 * (k - 1))
            fu = {c: "" for c in cols}
            died_now = death is not None and death <= due
            fu.update({"record_id": str(n), "redcap_repeat_instrument": "follow_up", "redcap_repeat_instance": str(k),
                       "redcap_data_access_group": dag, "fu_due": due.isoformat(), "fu_followed": followed,
                       "fu_therapy": therapy, "fu_start": start.isoformat(), "follow_up_complete": "2"})
            if therapy == "1":
                fu["fu_option"] = "1"
            if followed != "1":
                fu["fu_reason"] = rnd.choice(["1", "2", "4", "6"])
            if k == 1:
                fu["fu_response"] = response
            in_period = lambda d: d is not None and period_start < d <= due
            fu["fu_hsct"] = "1" if in_period(hsct_date) and (death is None or hsct_date < death) else "0"
            if fu["fu_hsct"] == "1":
                fu["fu_hsct_date"] = hsct_date.isoformat()
            fu["fu_relapse"] = "1" if in_period(relapse_after) else "0"
            if fu["fu_relapse"] == "1":
                fu["fu_relapse_date"] = relapse_after.isoformat()
            fu["fu_alive"] = "0" if died_now else "1"
            if died_now:
                fu["fu_death_date"] = death.isoformat()
                fu["fu_death_cause"] = cause
                fu["fu_last_contact"] = death.isoformat()
            else:
                fu["fu_last_contact"] = (due - dt.timedelta(days=rnd.randint(0, 12))).isoformat()
            fu["fu_lost"] = "1" if (lost and k >= 3) else "0"
            rows.append(fu)
            if died_now or fu["fu_lost"] == "1":
                break

    with open("records.csv", "w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=cols, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with open("data-dictionary.csv", "w", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(["Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
                         "Choices, Calculations, OR Slider Labels", "Field Note",
                         "Text Validation Type OR Show Slider Number", "Text Validation Min", "Text Validation Max",
                         "Identifier?", "Branching Logic (Show field only if...)", "Required Field?",
                         "Custom Alignment", "Question Number (surveys only)", "Matrix Group Name", "Matrix Ranking?",
                         "Field Annotation"])
        for name, form, kind, label, choices, validation in DICTIONARY:
            writer.writerow([name, form, "", kind, label, choices, "", validation, "", "", "", "", "", "", "", "", "", ""])


main()
