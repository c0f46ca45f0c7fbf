namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// Questions about a named person's relations: "刘斌的上级是谁", "徐平的副手", "谁和陈振红一起负责", "余海辉所在的组谁负责",
/// "who is 刘斌's boss", "who works with 宋伟". A person alone ("宋伟负责哪些") is left to the person answer.
/// </summary>
internal sealed class RelationQuestions(Campaign campaign)
{
    // Checked in this order: "副组长" names a deputy before "组长" names a group lead.
    private static readonly (RelationKind Kind, string[] Words)[] Words =
    [
        (RelationKind.Deputy, ["副手", "副职", "助手", "的副组长", "的副主任", "谁的副", "deputy", "second in command", "assistant"]),
        (RelationKind.Superior, ["上级", "上司", "的领导", "领导是谁", "归谁管", "谁管", "向谁汇报", "汇报给", "听谁", "boss", "superior", "reports to", "report to", "manager", "supervisor"]),
        (RelationKind.SharesItems, ["一起", "共同", "同事", "搭档", "合作", "还有谁", "还有哪些人", "和谁", "跟谁", "与谁", "谁和", "谁跟", "谁与", "share", "together", "work with", "works with", "working with", "colleague", "who else", "partner"]),
        (RelationKind.GroupLead, ["所在的组", "所在组", "所在工作组", "所在的工作组", "所在小组", "哪个组", "哪个工作组", "哪些组", "哪个小组", "组长", "组的负责人", "组的责任人", "组谁负责", "属于哪", "which group", "what group", "whose group", "group", "team"]),
    ];

    private readonly string[] _people = [.. campaign.Roster.Select(person => person.Name).OrderByDescending(name => name.Length)];

    public QuestionIntent? Read(string text)
    {
        var person = _people.FirstOrDefault(name => text.Contains(name, StringComparison.Ordinal));
        if (person is null) return null;
        var rest = text.Replace(person, " ", StringComparison.Ordinal);
        var kind = Words.FirstOrDefault(entry => Terms.HasAny(rest, entry.Words)).Kind;
        return kind == 0 ? null : new QuestionIntent(IntentKind.Relation, (int)kind, person);
    }
}
