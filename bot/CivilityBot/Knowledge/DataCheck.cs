namespace CivilityBot.Knowledge;

/// <summary>
/// Inconsistencies in a valid campaign that a coordinator should confirm: printed vs summed points, names and owners
/// the data file inferred, people with several departments or with no indicator. Findings are of the current plan,
/// computed again after each correction.
/// </summary>
public sealed class DataCheck(IPlan plan)
{
    private Tuple<int, IReadOnlyList<DataCheckFinding>>? _findings; // a reference, so readers never see half of a swap

    public IReadOnlyList<DataCheckFinding> Findings
    {
        get
        {
            var version = plan.Version;
            if (Volatile.Read(ref _findings) is { } cached && cached.Item1 == version) return cached.Item2;
            var findings = Tuple.Create<int, IReadOnlyList<DataCheckFinding>>(version, [.. Run(plan.Current)]);
            Volatile.Write(ref _findings, findings);
            return findings.Item2;
        }
    }

    private static IEnumerable<DataCheckFinding> Run(Campaign campaign) =>
        campaign.Categories.SelectMany(category => CategoryFindings(campaign, category))
            .Concat(InferredOwners(campaign))
            .Concat(SeveralDepartments(campaign))
            .Concat(OwnersOfNothing(campaign));

    private static IEnumerable<DataCheckFinding> CategoryFindings(Campaign campaign, Category category)
    {
        var summed = campaign.SummedPoints(category);
        var label = $"第{category.Number}类“{category.Name}”";
        var labelEn = $"Category {category.Number} {category.Name}";
        if (campaign.IndicatorsIn(category).Count == 0)
        {
            yield return new(DataCheckKind.EmptyCategory, $"{label}没有任何指标。", $"{labelEn} has no indicators.");
        }

        if (category.DeclaredPoints is { } declared && declared != summed)
        {
            yield return new(DataCheckKind.PointsMismatch,
                $"{label}标注{declared}分，但各子项合计{summed}分。",
                $"{labelEn} declares {declared} points but its sub-criteria add up to {summed}.");
        }

        if (category.DeclaredPoints is null)
        {
            yield return new(DataCheckKind.PointsNotDeclared,
                $"{label}原表未标注分值，各子项合计{summed}分。",
                $"{labelEn} has no printed points total; its sub-criteria add up to {summed}.");
        }

        if (category.NameInferred)
        {
            yield return new(DataCheckKind.NameInferred,
                $"{label}的名称原表缺失，是根据所含指标拟定的。",
                $"{labelEn}: the name is missing in the table and was written from its indicators.");
        }
    }

    // Inferred owners that share a reason, once, with the items they stand on and the reason recorded in the data file.
    private static IEnumerable<DataCheckFinding> InferredOwners(Campaign campaign) =>
        campaign.Indicators
            .SelectMany(indicator => indicator.SubCriteria.SelectMany(campaign.OwnersOf).Concat(indicator.Owners)
                .Where(owner => owner.Inferred || owner.Reading is not null).Distinct().Select(owner => (indicator, owner)))
            .GroupBy(pair => pair.owner.Note ?? pair.owner.Label(ReplyLanguage.Chinese))
            .Select(group => new DataCheckFinding(DataCheckKind.OwnerInferred,
                $"第{NumberList.Format(group.Select(pair => pair.indicator.Number))}项的责任人{Owners(group, ReplyLanguage.Chinese, "、")}是推断的{Reason(group.First().owner.Note)}",
                $"Indicator(s) {NumberList.Format(group.Select(pair => pair.indicator.Number))}: owner(s) {Owners(group, ReplyLanguage.English, ", ")} are a reading, not printed plainly{ReasonEn(group.First().owner.Note)}"));

    private static string Owners(IEnumerable<(Indicator Indicator, Owner Owner)> pairs, ReplyLanguage language, string separator) =>
        string.Join(separator, pairs.Select(pair => pair.Owner).Distinct()
            .Select(owner => owner.Reading is null ? $"{owner.Department} {owner.Person}" : owner.Label(language)));

    private static string Reason(string? note) => note is null ? "，原表未列出。" : $"：{note}";

    private static string ReasonEn(string? note) => note is null ? "." : $" ({note})";

    private static IEnumerable<DataCheckFinding> SeveralDepartments(Campaign campaign) =>
        campaign.Roster
            .Where(person => person.Departments.Count + person.InferredDepartments.Count > 1)
            .Select(person => new DataCheckFinding(DataCheckKind.SeveralDepartments,
                $"{person.Name}在表中出现在多个科室：{string.Join("、", DepartmentLabels(person, ReplyLanguage.Chinese))}，请核对。",
                $"{person.Name} appears under several departments: {string.Join(", ", DepartmentLabels(person, ReplyLanguage.English))}. Please confirm."));

    private static IEnumerable<string> DepartmentLabels(RosterPerson person, ReplyLanguage language) =>
        person.Departments.Concat(person.InferredDepartments.Select(department =>
            department + (language == ReplyLanguage.English ? " (inferred)" : "（推断）")));

    private static IEnumerable<DataCheckFinding> OwnersOfNothing(Campaign campaign)
    {
        var idle = campaign.Roster
            .Where(person => campaign.IndicatorsOwnedBy(person.Name).Count == 0 && !OwnsBonus(campaign, person.Name))
            .Select(person => person.Name)
            .ToList();
        if (idle.Count > 0)
        {
            yield return new(DataCheckKind.OwnsNothing,
                $"以下{idle.Count}人不负责任何指标（多为领导小组或工作组成员）：{string.Join("、", idle)}。",
                $"{idle.Count} people own no indicator (mostly leading-group or working-group members): {string.Join(", ", idle)}.");
        }
    }

    private static bool OwnsBonus(Campaign campaign, string name) => campaign.BonusRule?.Owners.Any(owner => owner.Person == name) == true;
}
