namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// Where a person stands in the plan's organisation (Attachment 1): the leading group, its office and the working
/// groups, each with the people above, beside and below them there. Wording is Chinese and English.
/// </summary>
internal sealed class PersonPositions(Campaign campaign)
{
    /// <summary>(position, who is above the person in it), for every position the person holds.</summary>
    public IEnumerable<(string Position, string Above)> Superiors(string person, ReplyLanguage language)
    {
        var group = campaign.LeadingGroup;
        var office = campaign.Office;
        string L(string chinese, string english) => Wording.Pick(language, chinese, english);
        if (group.Leader == person)
            yield return (L("领导小组组长", "leader of the leading group"), L("组长是领导小组的最上一级，方案没有写更上一级", "the leader is the top of the leading group; the plan names no one above"));
        if (group.DeputyLeaders.Contains(person))
            yield return (L("领导小组副组长", "deputy leader"), L($"组长{group.Leader}", $"the leader {group.Leader}"));
        if (group.Members.Contains(person))
            yield return (L("领导小组成员", "leading-group member"), L($"组长{group.Leader}、副组长{Names(group.DeputyLeaders, language)}", $"the leader {group.Leader} and deputy leader {Names(group.DeputyLeaders, language)}"));
        if (office.Director == person)
            yield return (L("领导小组办公室主任", "office director"), L($"办公室对领导小组负责：组长{group.Leader}", $"the office answers to the leading group: leader {group.Leader}"));
        if (office.DeputyDirectors.Contains(person))
            yield return (L($"办公室副主任{Duty(language)}", $"office deputy director{Duty(language)}"), L($"办公室主任{office.Director}", $"the office director {office.Director}"));
        if (office.Members.Contains(person))
            yield return (L("领导小组办公室成员", "office member"), L($"办公室主任{office.Director}、副主任{Names(office.DeputyDirectors, language)}{Duty(language)}", $"the office director {office.Director} and deputy director {Names(office.DeputyDirectors, language)}{Duty(language)}"));
        foreach (var led in campaign.WorkingGroups.Where(item => item.Leads.Contains(person)))
            yield return (L($"{led.Name}责任人", $"lead of {led.Name}"), L($"工作组由领导小组下设，日常工作由办公室副主任{Names(office.DeputyDirectors, language)}调度", $"working groups sit under the leading group; the office deputy director {Names(office.DeputyDirectors, language)} schedules the daily work"));
    }

    /// <summary>(position, the deputies of the person there) and (position, whom the person deputises for).</summary>
    public IEnumerable<(string Position, string Deputies)> Deputies(string person, ReplyLanguage language)
    {
        var group = campaign.LeadingGroup;
        var office = campaign.Office;
        string L(string chinese, string english) => Wording.Pick(language, chinese, english);
        if (group.Leader == person && group.DeputyLeaders.Count > 0)
            yield return (L("领导小组组长", "leader"), L($"副组长{Names(group.DeputyLeaders, language)}", $"deputy leader {Names(group.DeputyLeaders, language)}"));
        if (office.Director == person && office.DeputyDirectors.Count > 0)
            yield return (L("办公室主任", "office director"), L($"办公室副主任{Names(office.DeputyDirectors, language)}{Duty(language)}", $"office deputy director {Names(office.DeputyDirectors, language)}{Duty(language)}"));
        if (group.DeputyLeaders.Contains(person))
            yield return (L("领导小组副组长", "deputy leader"), L($"本人是组长{group.Leader}的副手", $"is the deputy of the leader {group.Leader}"));
        if (office.DeputyDirectors.Contains(person))
            yield return (L("办公室副主任", "office deputy director"), L($"本人是办公室主任{office.Director}的副手", $"is the deputy of the office director {office.Director}"));
    }

    /// <summary>(group, its leads) for every group the person leads or belongs to, by person or through a department.</summary>
    public IEnumerable<(string Group, string Leads)> Groups(string person, ReplyLanguage language)
    {
        var group = campaign.LeadingGroup;
        var office = campaign.Office;
        string L(string chinese, string english) => Wording.Pick(language, chinese, english);
        foreach (var working in campaign.WorkingGroups.Where(item => item.Leads.Contains(person) || item.Members.Contains(person)))
        {
            var others = working.Leads.Where(lead => lead != person).ToList();
            var self = working.Leads.Contains(person) ? L("本人是责任人", "is its lead") : string.Empty;
            var with = others.Count == 0 ? string.Empty : L($"{(self.Length > 0 ? "，同组责任人" : "责任人")}{Names(others, language)}", $"{(self.Length > 0 ? "; co-lead " : "lead ")}{Names(others, language)}");
            yield return (working.Name, self + with);
        }

        foreach (var (working, department) in ThroughDepartments(person))
            yield return (working.Name, L($"{department}是成员单位（{working.MemberUnitsNote ?? "派员参加"}），责任人{Names(working.Leads, language)}", $"{department} is a member unit ({working.MemberUnitsNote ?? "sends someone"}); lead {Names(working.Leads, language)}"));
        if (office.Members.Contains(person) || office.DeputyDirectors.Contains(person) || office.Director == person)
            yield return (L("领导小组办公室", "the leading group's office"), L($"主任{office.Director}，副主任{Names(office.DeputyDirectors, language)}{Duty(language)}", $"director {office.Director}, deputy director {Names(office.DeputyDirectors, language)}{Duty(language)}"));
        if (group.Leader == person || group.DeputyLeaders.Contains(person) || group.Members.Contains(person))
            yield return (L("领导小组", "the leading group"), L($"组长{group.Leader}，副组长{Names(group.DeputyLeaders, language)}", $"leader {group.Leader}, deputy leader {Names(group.DeputyLeaders, language)}"));
    }

    private IEnumerable<(WorkingGroup Group, string Department)> ThroughDepartments(string person)
    {
        var roster = campaign.FindPerson(person);
        if (roster is null) yield break;
        foreach (var department in roster.Departments)
        {
            var names = campaign.AliasesOf(department).Prepend(department).ToList();
            foreach (var working in campaign.WorkingGroups.Where(item => item.MemberUnits.Any(names.Contains)))
            {
                yield return (working, department);
            }
        }
    }

    private string Duty(ReplyLanguage language) =>
        campaign.Office.DeputyDirectorDuty is { } duty ? Wording.Pick(language, $"（{duty}）", $" ({duty})") : string.Empty;

    private static string Names(IEnumerable<string> names, ReplyLanguage language) => Wording.List(language, names);
}
