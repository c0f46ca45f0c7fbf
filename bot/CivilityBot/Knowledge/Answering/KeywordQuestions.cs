using CivilityBot.Knowledge;

namespace CivilityBot.Knowledge.Answering;

/// <summary>Questions recognised by their wording: help, data check, bonus, methods, categories, phases and points.</summary>
internal sealed class KeywordQuestions(Campaign campaign)
{
    private static readonly string[] HelpWords =
        ["help", "帮助", "?", "怎么用", "使用说明", "说明", "菜单", "menu", "功能", "你能做什么", "能做什么", "what can you do", "commands"];

    private static readonly string[] GreetingWords = ["hi", "hello", "hey", "你好", "您好", "嗨", "在吗", "start", "开始"];

    private static readonly string[] MethodWords = ["问卷调查", "问卷", "实地考察", "实地", "现场考察", "材料审核", "材料审查"];

    /// <summary>Whole-message commands: help, greetings and the data check.</summary>
    public static QuestionIntent? ReadCommand(string text)
    {
        if (text.Length == 0 || HelpWords.Contains(text) || text.StartsWith("help ", StringComparison.Ordinal)) return new(IntentKind.Help);
        if (GreetingWords.Contains(text)) return new(IntentKind.Welcome);
        return Terms.HasAny(text, "数据检查", "数据核对", "检查数据", "核对数据", "data check", "check data", "data issues")
            ? new(IntentKind.DataCheck)
            : null;
    }

    public QuestionIntent? Read(string text) => Bonus(text) ?? Method(text) ?? Category(text) ?? Phase(text);

    /// <summary>"多少分", "总分", "points": asked about points without naming a category or indicator.</summary>
    public static QuestionIntent? ReadPoints(string text) =>
        Terms.HasAny(text, "多少分", "总分", "分值", "几分", "计分", "满分", "points", "score", "scoring", "categories", "类别", "几类", "哪几类", "大类")
            ? new(IntentKind.AllCategories)
            : null;

    // "honour room" (荣誉室) is a room the facilities group keeps, not the bonus for honours.
    private static QuestionIntent? Bonus(string text) =>
        Terms.HasAny(text, "加分", "荣誉称号", "bonus", "extra point", "honour", "honor", "award")
            && !Terms.HasAny(text, "honour room", "honor room", "honours room", "honors room")
            ? new(IntentKind.Bonus)
            : null;

    private static QuestionIntent? Method(string text)
    {
        var chinese = MethodWords.FirstOrDefault(word => text.Contains(word, StringComparison.Ordinal));
        var method = chinese switch
        {
            null => Terms.FirstMapped(text, EnglishTerms.Methods),
            "问卷" => "问卷调查",
            "实地" or "现场考察" => "实地考察",
            "材料审查" => "材料审核",
            _ => chinese,
        };
        return method is null ? null : new(IntentKind.Method, Name: method);
    }

    // A category by its full name, by a four-character-or-longer part of it ("党风廉政建设"), or by its English name.
    private QuestionIntent? Category(string text)
    {
        var subject = QuestionWords.Strip(text);
        var category = campaign.Categories.FirstOrDefault(category =>
            text.Contains(category.Name, StringComparison.Ordinal)
            || (subject.Length >= 4 && category.Name.Contains(subject, StringComparison.Ordinal))
            || (category.NameEn is { } english && Terms.Has(text, english.ToLowerInvariant())));
        return category is null ? null : new(IntentKind.Category, category.Number);
    }

    private QuestionIntent? Phase(string text)
    {
        var asked = campaign.Phases.FirstOrDefault(phase =>
            text.Contains(phase.Name, StringComparison.Ordinal)
            || text.Contains(phase.Name.Replace("阶段", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal)
            || (phase.NameEn is { } english && Terms.Has(text, english.ToLowerInvariant())));
        if (asked is not null) return new(IntentKind.Phases, asked.Number);
        if (Terms.HasAny(text, "验收", "inspection", "acceptance", "检查组")) return new(IntentKind.Phases, campaign.Phases[^1].Number);
        if (Terms.HasAny(text, "动员", "mobili")) return new(IntentKind.Phases, campaign.Phases[0].Number);
        return Terms.HasAny(text, "阶段", "什么时候", "何时", "时间", "日期", "几号", "几月", "截止", "期限", "步骤", "现在",
            "when", "date", "deadline", "phase", "stage", "schedule", "timeline", "how long", "today")
            ? new(IntentKind.Phases)
            : null;
    }
}
