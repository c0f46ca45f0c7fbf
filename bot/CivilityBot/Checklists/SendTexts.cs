using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>What the 发送清单 flow says, Chinese first.</summary>
public static class SendTexts
{
    public static string PreviewTitle(ReplyLanguage language) => English(language) ? "Send checklists" : "发送清单";

    public static string PreviewSummary(int count, int unreachable, ReplyLanguage language) => English(language)
        ? $"Send their checklist to {count} people? {unreachable} cannot be reached right now. Nothing is sent until you confirm."
        : $"将向 {count} 人发送各自的清单，其中 {unreachable} 人目前无法送达。确认后才会发送。";

    public static string Recipients(IEnumerable<string> names, ReplyLanguage language) =>
        (English(language) ? "Recipients: " : "收件人：") + string.Join(English(language) ? ", " : "、", names);

    public static string Unreachable(string person, string? reason, ReplyLanguage language) => English(language)
        ? $"{person}: cannot be reached ({reason})"
        : $"{person}：无法送达（{reason}）";

    public static string Confirm(ReplyLanguage language) => English(language) ? "Confirm and send" : "确认发送";

    public static string Cancel(ReplyLanguage language) => English(language) ? "Cancel" : "取消";

    public static string Expired(ReplyLanguage language) => English(language)
        ? "This send no longer exists. Please start again."
        : "找不到这次发送，请重新发起。";

    public static string QueuedOne(string person, ReplyLanguage language) => English(language)
        ? $"Sending the checklist to {person}; a status card will show whether it arrived."
        : $"正在把清单发送给 {person}，是否送达会显示在发送状态卡片上。";

    public static string UnknownPeople(IEnumerable<string> names, ReplyLanguage language) => English(language)
        ? $"Not on the roster: {string.Join(", ", names)}. Nothing was sent."
        : $"名单中没有：{string.Join("、", names)}，未发送。";

    public static string OwnsNothing(IEnumerable<string> names, ReplyLanguage language) => English(language)
        ? $"No indicators to fill in for: {string.Join(", ", names)}. Nothing was sent."
        : $"以下人员名下没有责任指标：{string.Join("、", names)}，未发送。";

    public static string RecipientSummary(string person, int open, ReplyLanguage language) => English(language)
        ? $"{person}, please fill in your checklist: {open} item(s) open"
        : $"{person}，请填写文明创建清单：还有 {open} 项未完成";

    private static bool English(ReplyLanguage language) => language == ReplyLanguage.English;
}
