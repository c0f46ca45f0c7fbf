namespace CivilityBot.Knowledge;

/// <summary>
/// A responsible department and person, as the task breakdown table prints them. <see cref="Inferred"/> marks a reading
/// the table does not print plainly (a person paired with a department by position only, an owner carried over from
/// a neighbouring cell, a doubtful name); <see cref="Note"/> gives the reason in Chinese. <see cref="Reading"/> is the
/// person a doubtful printed name may stand for ("宋衍" printed, "宋伟" read): it is shown beside the printed name and
/// nothing else (a department, a checklist, a role) is derived from it.
/// </summary>
public sealed record Owner(string Department, string Person, bool Inferred = false, string? Note = null, string? Reading = null)
{
    /// <summary>
    /// The person as users see them: "宋伟", "雷方（推断）", "宋衍（原文如此，疑为宋伟）"; in English "雷方 (inferred)",
    /// "宋衍 (as printed; possibly 宋伟)".
    /// </summary>
    public string PersonLabel(ReplyLanguage language) => (Reading, Inferred, language) switch
    {
        ({ } reading, _, ReplyLanguage.English) => $"{Person} (as printed; possibly {reading})",
        ({ } reading, _, _) => $"{Person}（原文如此，疑为{reading}）",
        (null, true, ReplyLanguage.English) => $"{Person} (inferred)",
        (null, true, _) => $"{Person}（推断）",
        _ => Person,
    };

    /// <summary>"办公室 宋伟", "住保中心 雷方（推断）".</summary>
    public string Label(ReplyLanguage language) => $"{Department} {PersonLabel(language)}";
}
