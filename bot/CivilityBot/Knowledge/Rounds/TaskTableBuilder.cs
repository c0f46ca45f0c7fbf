namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// Turns the rows of a task breakdown table into categories, indicators with sub-criteria, methods and owners, and the
/// bonus rule, on top of the current campaign; reports what a coordinator should check. Owners and methods belong to
/// the row a sub-criterion stands in, so an indicator split over rows (item 8) keeps them per sub-criterion.
/// </summary>
internal sealed class TaskTableBuilder(Campaign current)
{
    private readonly List<ImportFinding> _findings = [];
    private readonly List<(int Indicator, int Category, string Text, int Points, List<string> Methods, List<Owner> Owners, int Row)> _subs = [];
    private readonly Dictionary<int, (string? Name, int? Points)> _categories = [];
    private readonly List<TaskTableRow> _bonus = [];

    public TaskTableImport Build(IReadOnlyList<TaskTableRow> rows)
    {
        int? indicator = null;
        string? previousCriteria = null;
        foreach (var row in rows)
        {
            if (IsBonus(row)) { _bonus.Add(row); continue; }
            if (!int.TryParse(row.Number, out var category)) { Warn(row.Row, $"第{row.Row}行的序号“{row.Number}”不是数字，整行未读取。", $"Row {row.Row}: 序号 \"{row.Number}\" is not a number; the row was skipped."); continue; }
            Category(category, row);
            if (row.Criteria == previousCriteria) continue; // a merged 考评标准 cell repeats its text on every row it spans
            previousCriteria = row.Criteria;
            indicator = ReadCriteria(row, category, indicator);
        }

        if (_subs.Count == 0) return TaskTableImport.Failed([.. _findings, Error("没有读到任何带“（2分）”分值的指标。", "No indicator with points written like \"（2分）\" was found.")]);
        var categories = Categories();
        var indicators = Indicators();
        var roster = Roster(indicators);
        var campaign = new Campaign(current.Document, current.Phases, current.LeadingGroup, current.Office, current.WorkingGroups,
            categories, indicators, Bonus() ?? current.BonusRule, roster,
            [$"由任务分解表导入：{categories.Count}类、{indicators.Count}项指标。"], current.DepartmentAliases, current.PlanSections);
        Sums(campaign);
        var problem = CampaignValidator.FirstProblem(campaign);
        if (problem is not null) _findings.Add(Error($"导入结果不完整：{problem}", $"The imported plan is not consistent: {problem}"));
        return new TaskTableImport(problem is null ? campaign : null, _findings);
    }

    private static bool IsBonus(TaskTableRow row) => (row.Number + row.Content).Contains("加分", StringComparison.Ordinal);

    private void Category(int number, TaskTableRow row)
    {
        var (name, points) = TaskTableText.Category(row.Content);
        var known = _categories.GetValueOrDefault(number);
        _categories[number] = (known.Name ?? name, known.Points ?? points);
    }

    private int? ReadCriteria(TaskTableRow row, int category, int? indicator)
    {
        var methods = TaskTableText.Items(row.Methods);
        var owners = TaskTableOwners.Pair(TaskTableText.Items(row.Departments), TaskTableText.People(row.People));
        if (owners.Count == 0) Warn(row.Row, $"第{row.Row}行没有责任科室或责任人。", $"Row {row.Row} names no department or person.");
        if (owners.Any(owner => owner.Inferred)) Warn(row.Row, $"第{row.Row}行的科室和人员数量不一致，已按位置配对并标记为推断。", $"Row {row.Row}: departments and people do not pair up; paired by position and marked inferred.");
        foreach (var (number, text) in TaskTableText.Indicators(row.Criteria))
        {
            if (string.IsNullOrWhiteSpace(text) && number is null) continue;
            var target = number ?? indicator;
            if (target is null) { Warn(row.Row, $"第{row.Row}行的考评标准不以编号（如“1)”）开头，未读取。", $"Row {row.Row}: the criteria do not start with a number such as \"1)\"; skipped."); continue; }
            indicator = target;
            var subs = TaskTableText.SubCriteria(text).ToList();
            if (subs.Count == 0 && !string.IsNullOrWhiteSpace(text)) Warn(row.Row, $"第{row.Row}行第{target}项没有“（2分）”形式的分值，未读取。", $"Row {row.Row}, indicator {target}: no points written like \"（2分）\"; skipped.");
            _subs.AddRange(subs.Select(sub => (target.Value, category, sub.Text, sub.Points, methods, owners, row.Row)));
        }

        return indicator;
    }

    private List<Category> Categories() => [.. _categories.OrderBy(pair => pair.Key).Select(pair =>
    {
        var before = current.FindCategory(pair.Key);
        var name = pair.Value.Name ?? (before?.Name ?? $"第{pair.Key}类");
        var inferred = pair.Value.Name is null;
        var english = before is not null && before.Name == name ? before.NameEn : null;
        return new Category(pair.Key, name, english, inferred, pair.Value.Points, inferred ? "任务分解表未印类别名称，沿用上一轮或按编号命名。" : null);
    })];

    private List<Indicator> Indicators() => [.. _subs.GroupBy(sub => sub.Indicator).OrderBy(group => group.Key).Select(group =>
    {
        var items = group.ToList();
        var split = items.Any(item => !item.Owners.SequenceEqual(items[0].Owners) || !item.Methods.SequenceEqual(items[0].Methods));
        var subs = items.Select((item, index) => new SubCriterion($"{group.Key}.{index + 1}", item.Text, item.Points,
            split ? item.Owners : null, split ? item.Methods : null)).ToList();
        var before = current.FindIndicator(group.Key);
        var same = before is not null && before.SubCriteria[0].Text == subs[0].Text;
        return new Indicator(group.Key, same ? before!.Title : TaskTableText.Title(subs[0].Text), same ? before!.TitleEn : null, items[0].Category,
            subs, [.. items.SelectMany(item => item.Methods).Distinct()], [.. items.SelectMany(item => item.Owners).Distinct()]);
    })];

    // Everyone on the current roster stays; people the table names who are not on it are added, and reported.
    private List<RosterPerson> Roster(IReadOnlyList<Indicator> indicators)
    {
        var roster = current.Roster.ToList();
        var departments = current.Departments.Concat(current.WorkingGroups.SelectMany(group => group.MemberUnits)).ToHashSet();
        foreach (var owner in indicators.SelectMany(indicator => indicator.Owners).Concat(BonusOwners()).Distinct())
        {
            if (!departments.Contains(current.ResolveDepartment(owner.Department)) && departments.Add(owner.Department))
                Warn(null, $"新的科室：{owner.Department}（原方案中没有），请核对名称。", $"New department: {owner.Department} (not in the current plan); please check the name.");
            if (roster.Exists(person => person.Name == owner.Person)) continue;
            Warn(null, $"名册中没有：{owner.Person}（{owner.Department}），确认后将加入名册。", $"Not on the roster: {owner.Person} ({owner.Department}); confirming adds them.");
            roster.Add(new RosterPerson(owner.Person, owner.Inferred ? [] : [owner.Department], [], InferredDepartments: owner.Inferred ? [owner.Department] : null,
                Note: owner.Inferred ? TaskTableOwners.PositionNote : null));
        }

        return roster;
    }

    private void Sums(Campaign campaign)
    {
        foreach (var category in campaign.Categories.Where(category => category.DeclaredPoints is { } declared && declared != campaign.SummedPoints(category)))
        {
            Warn(null, $"第{category.Number}类“{category.Name}”标注{category.DeclaredPoints}分，但子项合计{campaign.SummedPoints(category)}分。",
                $"Category {category.Number} {category.Name} declares {category.DeclaredPoints} points but its sub-criteria add up to {campaign.SummedPoints(category)}.");
        }
    }

    private BonusRule? Bonus() => _bonus.Count == 0 ? null : TaskTableBonus.Read(_bonus, BonusOwners());

    private List<Owner> BonusOwners() => [.. _bonus.SelectMany(row => TaskTableOwners.Pair(TaskTableText.Items(row.Departments), TaskTableText.People(row.People))).Distinct()];

    private void Warn(int? row, string chinese, string english) => _findings.Add(new ImportFinding(ImportSeverity.Warning, chinese, english, row));

    private static ImportFinding Error(string chinese, string english) => new(ImportSeverity.Error, chinese, english);
}
