namespace CivilityBot.Knowledge;

/// <summary>
/// Inconsistencies in a valid campaign that a coordinator should confirm: printed vs summed points, names and owners
/// the data file inferred, people with several departments or with no indicator.
/// </summary>
public sealed class DataCheck(Campaign campaign)
{
    private IReadOnlyList<DataCheckFinding>? _findings;

    public IReadOnlyList<DataCheckFinding> Findings => _findings ??= [.. Run()];

    private IEnumerable<DataCheckFinding> Run() =>
        campaign.Categories.SelectMany(CategoryFindings)
            .Concat(InferredOwners())
            .Concat(SeveralDepartments())
            .Concat(OwnersOfNothing());

    private IEnumerable<DataCheckFinding> CategoryFindings(Category category)
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
    private IEnumerable<DataCheckFinding> InferredOwners() =>
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

    private IEnumerable<DataCheckFinding> SeveralDepartments() =>
        campaign.Roster
            .Where(person => person.Departments.Count + person.InferredDepartments.Count > 1)
            .Select(person => new DataCheckFinding(DataCheckKind.SeveralDepartments,
                $"{person.Name}在表中出现在多个科室：{string.Join("、", DepartmentLabels(person, ReplyLanguage.Chinese))}，请核对。",
                $"{person.Name} appears under several departments: {string.Join(", ", DepartmentLabels(person, ReplyLanguage.English))}. Please confirm."));

    private static IEnumerable<string> DepartmentLabels(RosterPerson person, ReplyLanguage language) =>
        person.Departments.Concat(person.InferredDepartments.Select(department =>
            department + (language == ReplyLanguage.English ? " (inferred)" : "（推断）")));

    private IEnumerable<DataCheckFinding> OwnersOfNothing()
    {
        var idle = campaign.Roster
            .Where(person => campaign.IndicatorsOwnedBy(person.Name).Count == 0 && !OwnsBonus(person.Name))
            .Select(person => person.Name)
            .ToList();
        if (idle.Count > 0)
        {
            yield return new(DataCheckKind.OwnsNothing,
                $"以下{idle.Count}人不负责任何指标（多为领导小组或工作组成员）：{string.Join("、", idle)}。",
                $"{idle.Count} people own no indicator (mostly leading-group or working-group members): {string.Join(", ", idle)}.");
        }
    }

    private bool OwnsBonus(string name) => campaign.BonusRule?.Owners.Any(owner => owner.Person == name) == true;
}
