using CivilityBot.Cards.Answers;
using CivilityBot.Knowledge;
using static CivilityBot.Knowledge.Answering.Wording;

namespace CivilityBot.Knowledge.Answering;

/// <summary>Answers about the leading group, its office and the working groups.</summary>
internal sealed class OrganisationReplies(Campaign campaign)
{
    /// <summary>
    /// A working group's leads, members and tasks. <paramref name="foundByTopic"/>: the question named a topic that the
    /// group's tasks mention (食堂, 经费), so the reply says where it was found; <paramref name="related"/> are
    /// indicators that mention it too.
    /// </summary>
    public KnowledgeReply WorkingGroup(WorkingGroup group, ReplyLanguage language, bool foundByTopic = false, IReadOnlyList<int>? related = null)
    {
        var also = related is { Count: > 0 } ? Pick(language, $"相关指标：{Indicators(language, related)}。", $"Related indicators: {Indicators(language, related)}.") : null;
        var facts = new List<LabeledValue> { new(Pick(language, "责任人", "Lead"), List(language, group.Leads)) };
        if (group.Members.Count > 0) facts.Add(new(Pick(language, "成员", "Members"), List(language, group.Members)));
        if (group.MemberUnits.Count > 0)
        {
            var note = group.MemberUnitsNote is null ? string.Empty : $"（{group.MemberUnitsNote}）";
            facts.Add(new(Pick(language, "成员单位", "Member units"), List(language, group.MemberUnits) + note));
        }

        var title = language == ReplyLanguage.English && group.NameEn is not null ? $"{group.Name} ({group.NameEn})" : group.Name;
        var found = foundByTopic ? Pick(language, $"这项工作写在{group.Name}的工作任务中：", $"This is among the tasks of {group.Name}:") : null;
        var model = new InfoCardModel(title, facts, [new InfoSection(Pick(language, "工作任务", "Tasks"), [new InfoLine(group.Tasks)])],
            [.. group.Leads.Select(lead => AskPerson(language, lead)), .. (related ?? []).Take(2).Select(number => AskIndicatorButton(language, number)), Ask(Pick(language, "工作组", "working groups"))])
        {
            Subtitle = found,
            Footnote = also,
        };
        var summary = (found is null ? string.Empty : found + Pick(language, string.Empty, " ")) + Pick(language,
            $"{group.Name}：责任人{List(language, group.Leads)}。工作任务：{group.Tasks}",
            $"{title}: led by {List(language, group.Leads)}. Tasks: {group.Tasks}") + (also is null ? string.Empty : " " + also);
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }

    public KnowledgeReply AllWorkingGroups(ReplyLanguage language)
    {
        var lines = campaign.WorkingGroups.Select(group => new InfoLine(
            language == ReplyLanguage.English && group.NameEn is not null ? $"{group.Name} ({group.NameEn})" : group.Name,
            Pick(language, $"责任人：{List(language, group.Leads)}", $"Lead: {List(language, group.Leads)}"),
            group.Name)).ToList();
        var model = new InfoCardModel(
            Pick(language, $"{campaign.WorkingGroups.Count}个工作组", $"{campaign.WorkingGroups.Count} working groups"),
            [], [new InfoSection(Pick(language, "点击查看工作任务", "Tap a group for its tasks"), lines)], []);
        var summary = Pick(language, "工作组：", "Working groups: ")
            + List(language, campaign.WorkingGroups.Select(group => $"{group.Name}（{List(language, group.Leads)}）"));
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }

    public KnowledgeReply Leadership(string role, ReplyLanguage language)
    {
        var facts = LeadershipFacts(language);
        var title = role == LeadershipRole.Office ? Pick(language, "领导小组办公室", "The leading group's office") : Pick(language, "领导小组", "Leading group");
        var model = new InfoCardModel(title, facts, [],
            [Ask(Pick(language, "工作组", "working groups")), AskPerson(language, campaign.Office.Director)])
        {
            Subtitle = campaign.Office.Location is { } location
                ? Pick(language, $"领导小组办公室设在{location}", $"The leading group's office sits in {location}")
                : null,
            Text = campaign.Office.Duties,
        };
        return new KnowledgeReply(LeadershipSummary(role, facts, language), AnswerCards.Info(model), language);
    }

    /// <summary>A passage of the plan outside the tables (指导思想, 工作要求), with indicators that mention the topic too.</summary>
    public KnowledgeReply PlanSection(int number, ReplyLanguage language, IReadOnlyList<int> related)
    {
        var section = campaign.PlanSections[number - 1];
        var title = language == ReplyLanguage.English && section.TitleEn is { } english ? $"{english} ({section.Title})" : section.Title;
        var also = related.Count > 0 ? Pick(language, $"相关指标：{Indicators(language, related)}。", $"Related indicators: {Indicators(language, related)}.") : null;
        var model = new InfoCardModel(title, [], [], [.. related.Take(3).Select(item => AskIndicatorButton(language, item)), Ask(Pick(language, "组长是谁", "who is the leader"))])
        {
            Subtitle = Pick(language, $"《{campaign.Document.PlanTitle ?? campaign.Document.Title}》正文", $"From the plan {campaign.Document.Number}"),
            Text = section.Text,
            Footnote = also,
        };
        var summary = $"{title}{Pick(language, "：", ": ")}{section.Text}" + (also is null ? string.Empty : " " + also);
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }

    private List<LabeledValue> LeadershipFacts(ReplyLanguage language)
    {
        var group = campaign.LeadingGroup;
        var office = campaign.Office;
        var duty = office.DeputyDirectorDuty is null ? string.Empty : $"（{office.DeputyDirectorDuty}）";
        var facts = new List<LabeledValue> { new(Pick(language, "组长", "Leader (组长)"), group.Leader) };
        if (group.DeputyLeaders.Count > 0) facts.Add(new(Pick(language, "副组长", "Deputy leader (副组长)"), List(language, group.DeputyLeaders)));
        if (group.Members.Count > 0) facts.Add(new(Pick(language, "成员", "Members (成员)"), List(language, group.Members)));
        facts.Add(new(Pick(language, "办公室主任", "Office director (办公室主任)"), office.Director));
        if (office.DeputyDirectors.Count > 0)
        {
            facts.Add(new(Pick(language, "办公室副主任", "Office deputy director (副主任)"), List(language, office.DeputyDirectors) + duty));
        }

        if (office.Members.Count > 0) facts.Add(new(Pick(language, "办公室成员", "Office members"), List(language, office.Members)));
        return facts;
    }

    private string LeadershipSummary(string role, List<LabeledValue> facts, ReplyLanguage language)
    {
        var office = campaign.Office;
        var duty = office.DeputyDirectorDuty is null ? string.Empty : $"（{office.DeputyDirectorDuty}）";
        return role switch
        {
            LeadershipRole.Leader => Pick(language, $"领导小组组长：{campaign.LeadingGroup.Leader}。", $"Leader (组长): {campaign.LeadingGroup.Leader}."),
            LeadershipRole.DeputyLeader => Pick(language,
                $"领导小组副组长：{List(language, campaign.LeadingGroup.DeputyLeaders)}。",
                $"Deputy leader (副组长): {List(language, campaign.LeadingGroup.DeputyLeaders)}."),
            LeadershipRole.Director => Pick(language, $"领导小组办公室主任：{office.Director}。", $"Office director (办公室主任): {office.Director}."),
            LeadershipRole.DeputyDirector => Pick(language,
                $"领导小组办公室副主任：{List(language, office.DeputyDirectors)}{duty}。",
                $"Office deputy director (副主任): {List(language, office.DeputyDirectors)}{duty}."),
            LeadershipRole.Office => Pick(language,
                $"领导小组办公室设在{office.Location}，{office.Duties}。主任{office.Director}，副主任{List(language, office.DeputyDirectors)}{duty}；成员{List(language, office.Members)}。",
                $"The leading group's office sits in {office.Location}: {office.Duties}. Director {office.Director}, deputy director {List(language, office.DeputyDirectors)}{duty}; members {List(language, office.Members)}."),
            _ => Pick(language, "领导小组——", "Leading group — ")
                + string.Join(Pick(language, "；", "; "), facts.Select(fact => $"{fact.Label}{Pick(language, "：", ": ")}{fact.Value}")),
        };
    }
}
