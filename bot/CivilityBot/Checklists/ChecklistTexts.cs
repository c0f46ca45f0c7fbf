using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>What the checklist feature says, Chinese first; names and criteria stay Chinese in English replies.</summary>
public static class ChecklistTexts
{
    public static string Title(string person, bool own, ReplyLanguage language) => (own, language) switch
    {
        (true, ReplyLanguage.English) => $"My checklist · {person}",
        (false, ReplyLanguage.English) => $"Checklist of {person}",
        (true, _) => $"我的清单 · {person}",
        _ => $"{person} 的清单",
    };

    public static string Summary(int done, int total, int page, int pages, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"{done} of {total} done · page {page} of {pages}"
        : $"已完成 {done}/{total} 项 · 第 {page}/{pages} 页";

    public static string Heading(Indicator indicator, int done, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"Item {indicator.Number} {indicator.TitleEn ?? indicator.Title} ({done}/{indicator.SubCriteria.Count} done)"
        : $"第{indicator.Number}项 {indicator.Title}（{done}/{indicator.SubCriteria.Count}）";

    public static string Detail(string category, IEnumerable<string> owners, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"{category} · owners: {string.Join(", ", owners)}"
        : $"{category} · 责任人：{string.Join("、", owners)}";

    public static string ItemLabel(SubCriterion item, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"{item.Id} {item.Text} ({item.Score} pts)"
        : $"{item.Id} {item.Text}（{item.Score}分）";

    public static string LastChange(ChecklistItemState state, string localTime, ReplyLanguage language) =>
        (state.ChangedByName, language) switch
        {
            (null, ReplyLanguage.English) => "Not filled in yet",
            (null, _) => "尚未填写",
            (var name, ReplyLanguage.English) => $"Last changed by {name} at {localTime} (Beijing time)",
            (var name, _) => $"最后修改：{name} · {localTime}",
        };

    public static string NothingOwned(string person, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"{person} owns no indicator, so there is no checklist to fill in."
        : $"{person} 名下没有责任指标，无需填写清单。";

    public static string Saved(int count, ReplyLanguage language) => (count, language) switch
    {
        (0, ReplyLanguage.English) => "Nothing to save: no changes.",
        (0, _) => "没有修改，无需保存。",
        (_, ReplyLanguage.English) => $"Saved {count} change(s).",
        _ => $"已保存 {count} 项修改。",
    };

    public static string AlreadySaved(ReplyLanguage language) => language == ReplyLanguage.English
        ? "This save was already applied."
        : "这次保存已经生效，无需重复提交。";

    public static string Conflicts(IEnumerable<string> lines, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"Not saved because someone changed them meanwhile (the card now shows the latest values): {string.Join("; ", lines)}"
        : $"以下内容在您编辑期间已被他人修改，您的修改未保存（卡片已显示最新内容）：{string.Join("；", lines)}";

    public static string ConflictLine(ChecklistChangeOutcome outcome, string localTime, ReplyLanguage language)
    {
        var fields = (outcome.DoneConflict, outcome.EvidenceConflict, language) switch
        {
            (true, true, ReplyLanguage.English) => "state and evidence",
            (true, false, ReplyLanguage.English) => "state",
            (_, _, ReplyLanguage.English) => "evidence",
            (true, true, _) => "完成状态和佐证",
            (true, false, _) => "完成状态",
            _ => "佐证",
        };
        return language == ReplyLanguage.English
            ? $"{outcome.State.Id} {fields} (by {outcome.State.ChangedByName} at {localTime})"
            : $"{outcome.State.Id} {fields}（{outcome.State.ChangedByName} 于 {localTime} 修改）";
    }

    public static string NotAllowed(ReplyLanguage language) => language == ReplyLanguage.English
        ? "Only the owners of this indicator and the coordinators can change it. Nothing was changed."
        : "只有该指标的责任人和协调员可以修改，本次未做任何更改。";

    public static string NotYourChecklist(ReplyLanguage language) => language == ReplyLanguage.English
        ? "Only the person themselves and the coordinators can open this checklist."
        : "只有本人和协调员可以查看这份清单。";

    public static string InvalidCard(ReplyLanguage language) => language == ReplyLanguage.English
        ? "This card's data is not valid. Nothing was changed; please open your checklist again."
        : "卡片数据无效，本次未做任何更改，请重新打开清单。";
}
