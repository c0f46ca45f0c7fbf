namespace CivilityBot.Knowledge.Corrections;

/// <summary>Builds a changed copy of a campaign: one indicator replaced, a department renamed, a reading confirmed.</summary>
internal static class PlanRewrites
{
    public static Campaign With(
        Campaign campaign,
        IReadOnlyList<Phase>? phases = null,
        IReadOnlyList<Indicator>? indicators = null,
        IReadOnlyList<RosterPerson>? roster = null,
        IReadOnlyList<WorkingGroup>? workingGroups = null,
        BonusRule? bonus = null,
        IReadOnlyList<DepartmentAlias>? aliases = null) =>
        new(campaign.Document, phases ?? campaign.Phases, campaign.LeadingGroup, campaign.Office, workingGroups ?? campaign.WorkingGroups,
            campaign.Categories, indicators ?? campaign.Indicators, bonus ?? campaign.BonusRule, roster ?? campaign.Roster, campaign.Notes,
            aliases ?? campaign.DepartmentAliases, campaign.PlanSections);

    public static Campaign Replace(Campaign campaign, Indicator indicator) =>
        With(campaign, indicators: [.. campaign.Indicators.Select(item => item.Number == indicator.Number ? indicator : item)]);

    public static CorrectionResult RenameDepartment(Campaign campaign, string from, string to)
    {
        if (to.Length == 0) return CorrectionResult.Refused("新的科室名称是空的。");
        var old = campaign.ResolveDepartment(from);
        if (!campaign.Departments.Contains(old)) return CorrectionResult.Refused($"没有“{from}”这个科室。");
        Owner Owner(Owner owner) => owner.Department == old ? owner with { Department = to } : owner;
        IReadOnlyList<string> Names(IReadOnlyList<string> names) => [.. names.Select(name => name == old ? to : name)];
        var indicators = campaign.Indicators.Select(indicator => indicator with
        {
            Owners = [.. indicator.Owners.Select(Owner)],
            SubCriteria = [.. indicator.SubCriteria.Select(sub => sub with { Owners = sub.Owners is null ? null : [.. sub.Owners.Select(Owner)] })],
        }).ToList();
        var roster = campaign.Roster.Select(person => person with { Departments = Names(person.Departments), InferredDepartments = Names(person.InferredDepartments) }).ToList();
        var groups = campaign.WorkingGroups.Select(group => group with { MemberUnits = Names(group.MemberUnits) }).ToList();
        var bonus = campaign.BonusRule is { } rule ? rule with { Owners = [.. rule.Owners.Select(Owner)] } : null;
        // The old name stays findable: it becomes an alias of the new one (and the new one stops being an alias).
        var aliases = campaign.DepartmentAliases.Select(alias => alias.Department == old
            ? alias with { Department = to, Aliases = [.. alias.Aliases.Where(name => name != to).Append(old)] }
            : alias).ToList();
        if (aliases.All(alias => alias.Department != to)) aliases.Add(new DepartmentAlias(to, [old], $"由{old}改名"));
        return new(With(campaign, indicators: indicators, roster: roster, workingGroups: groups, bonus: bonus, aliases: aliases), old, to, null);
    }

    /// <summary>
    /// A coordinator settles a reading: owners printed as <paramref name="printed"/> become <paramref name="confirmed"/>
    /// (the printed name itself, or the name it was read as) and lose their inferred mark.
    /// </summary>
    public static CorrectionResult ConfirmReading(Campaign campaign, string printed, string confirmed)
    {
        var readings = campaign.Indicators.SelectMany(indicator => indicator.Owners).Where(owner => owner.Person == printed && (owner.Inferred || owner.Reading is not null)).ToList();
        if (readings.Count == 0) return CorrectionResult.Refused($"{printed}没有需要确认的推断。");
        if (confirmed != printed && readings.All(owner => owner.Reading != confirmed)) return CorrectionResult.Refused($"{printed}的读法只能确认为{printed}或{string.Join("、", readings.Select(owner => owner.Reading).OfType<string>().Distinct())}。");
        if (campaign.FindPerson(confirmed) is null) return CorrectionResult.Refused($"名册中没有{confirmed}。");
        Owner Settle(Owner owner) => owner.Person == printed && (owner.Inferred || owner.Reading is not null)
            ? new Owner(owner.Department, confirmed)
            : owner;
        var indicators = campaign.Indicators.Select(indicator => indicator with
        {
            Owners = [.. indicator.Owners.Select(Settle).Distinct()],
            SubCriteria = [.. indicator.SubCriteria.Select(sub => sub with { Owners = sub.Owners is null ? null : [.. sub.Owners.Select(Settle).Distinct()] })],
        }).ToList();
        var old = string.Join("、", readings.Distinct().Select(owner => owner.Label(ReplyLanguage.Chinese)));
        return new(With(campaign, indicators: indicators), old, $"{confirmed}（已确认）", null);
    }
}
