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

    public static string Started(int count, ReplyLanguage language) => English(language)
        ? $"Confirmed. Sending to {count} people in the background; I will tell you when it is done."
        : $"已确认，正在后台向 {count} 人发送，完成后会通知您。";

    public static string Cancelled(ReplyLanguage language) => English(language) ? "Cancelled. Nothing was sent." : "已取消，未发送任何消息。";

    public static string Finished(int sent, int failed, ReplyLanguage language) => English(language)
        ? $"Done: sent to {sent}, {failed} could not be reached."
        : $"发送完成：已送达 {sent} 人，{failed} 人未能送达。";

    public static string Running(ReplyLanguage language) => English(language) ? "This send is already under way." : "这批清单已在发送中。";

    public static string Expired(ReplyLanguage language) => English(language)
        ? "This send no longer exists. Please start again."
        : "找不到这次发送，请重新发起。";

    public static string SentOne(string person, ReplyLanguage language) => English(language) ? $"Sent the checklist to {person}." : $"已将清单发送给 {person}。";

    public static string NotSentOne(string person, string? reason, ReplyLanguage language) => English(language)
        ? $"Could not send the checklist to {person}: {reason}"
        : $"未能将清单发送给 {person}：{reason}";

    public static string UnknownPeople(IEnumerable<string> names, ReplyLanguage language) => English(language)
        ? $"Not on the roster: {string.Join(", ", names)}. Nothing was sent."
        : $"名单中没有：{string.Join("、", names)}，未发送。";

    public static string OwnsNothing(IEnumerable<string> names, ReplyLanguage language) => English(language)
        ? $"No indicators to fill in for: {string.Join(", ", names)}. Nothing was sent."
        : $"以下人员名下没有责任指标：{string.Join("、", names)}，未发送。";

    public static string Title(ReplyLanguage language) => English(language) ? "Checklist send" : "清单发送";

    public static string RecipientSummary(string person, int open, ReplyLanguage language) => English(language)
        ? $"{person}, please fill in your checklist: {open} item(s) open"
        : $"{person}，请填写文明创建清单：还有 {open} 项未完成";

    private static bool English(ReplyLanguage language) => language == ReplyLanguage.English;
}
