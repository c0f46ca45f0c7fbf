namespace CivilityBot.Knowledge.Answering;

/// <summary>The asking part of a question ("谁负责", "有什么要求", "who handles"), removed before matching its subject.</summary>
internal static class QuestionWords
{
    // Longest first, so "谁来负责" goes before "负责".
    private static readonly string[] Chinese =
    [
        "有什么要求", "有哪些要求", "是什么意思", "具体要求", "由谁负责", "谁来负责", "归谁管", "谁负责", "谁来抓", "谁来管",
        "谁来做", "谁在管", "负责人", "责任人", "责任科室", "是什么", "是哪个", "是哪些", "有哪些", "是谁", "谁管",
        "多少分", "要求", "什么", "哪些", "哪个", "哪项", "怎么", "如何", "请问", "一下", "内容", "指标", "考评", "标准",
        "负责", "的", "呢", "吗", "啊", "吧",
    ];

    private static readonly HashSet<string> English =
    [
        "who", "whom", "what", "which", "is", "are", "the", "a", "an", "of", "for", "about", "does", "do", "handle",
        "handles", "handling", "owns", "own", "owner", "owners", "responsible", "in", "charge", "tell", "me", "show",
        "please", "item", "items", "indicator", "indicators", "requirement", "requirements", "need", "needs", "to",
        "be", "done", "how", "it", "there", "any", "on", "with", "and", "or", "?",
    ];

    public static string Strip(string text)
    {
        var stripped = text;
        foreach (var phrase in Chinese) stripped = stripped.Replace(phrase, " ", StringComparison.Ordinal);
        return string.Join(' ', stripped.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !English.Contains(word)));
    }
}
