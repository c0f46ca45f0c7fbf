using System.Text.Json.Serialization;

namespace CivilityBot.Knowledge;

/// <summary>
/// Everything the work plan says, as loaded from the campaign file. Immutable; the lookups are indexed on first use,
/// after <see cref="CampaignLoader"/> has validated the data.
/// </summary>
[method: JsonConstructor]
public sealed class Campaign(
    CampaignDocument document,
    IReadOnlyList<Phase> phases,
    LeadingGroup leadingGroup,
    Office office,
    IReadOnlyList<WorkingGroup> workingGroups,
    IReadOnlyList<Category> categories,
    IReadOnlyList<Indicator> indicators,
    BonusRule? bonusRule,
    IReadOnlyList<RosterPerson> roster,
    IReadOnlyList<string>? notes,
    IReadOnlyList<DepartmentAlias>? departmentAliases = null,
    IReadOnlyList<PlanSection>? planSections = null) : IPlan
{
    private CampaignIndex? _index;

    public CampaignDocument Document { get; } = document;

    /// <summary>A campaign as a plan that never changes: itself.</summary>
    Campaign IPlan.Current => this;

    /// <summary>Always 0: a loaded campaign is never corrected in place.</summary>
    int IPlan.Version => 0;

    public IReadOnlyList<Phase> Phases { get; } = phases;

    public LeadingGroup LeadingGroup { get; } = leadingGroup;

    public Office Office { get; } = office;

    public IReadOnlyList<WorkingGroup> WorkingGroups { get; } = workingGroups;

    public IReadOnlyList<Category> Categories { get; } = categories;

    public IReadOnlyList<Indicator> Indicators { get; } = indicators;

    public BonusRule? BonusRule { get; } = bonusRule;

    public IReadOnlyList<RosterPerson> Roster { get; } = roster;

    /// <summary>The reading decisions recorded by whoever prepared the data file.</summary>
    public IReadOnlyList<string> Notes { get; } = notes ?? [];

    /// <summary>Departments the document writes two ways (法规科 / 政策法规科); each resolves to one department.</summary>
    public IReadOnlyList<DepartmentAlias> DepartmentAliases { get; } = departmentAliases ?? [];

    /// <summary>The plan's passages outside the tables (guiding idea, requirements), for topic questions.</summary>
    public IReadOnlyList<PlanSection> PlanSections { get; } = planSections ?? [];

    /// <summary>Every department named as an owner or on the roster, in order of first appearance.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Departments => Index.Departments;

    private CampaignIndex Index => _index ??= new CampaignIndex(this);

    public Indicator? FindIndicator(int number) => Index.IndicatorsByNumber.GetValueOrDefault(number);

    public SubCriterion? FindSubCriterion(string id) => Index.SubCriteriaById.GetValueOrDefault(id.Trim());

    /// <summary>The indicator a sub-criterion id ("16.1") belongs to.</summary>
    public Indicator? IndicatorOf(string subCriterionId) => Index.IndicatorsBySubCriterion.GetValueOrDefault(subCriterionId.Trim());

    public RosterPerson? FindPerson(string name) => Index.PeopleByName.GetValueOrDefault(PersonNames.Normalize(name));

    /// <summary>
    /// Who owns a sub-criterion: its own owners where the table gives them (item 8), else its indicator's. This is the
    /// one place ownership is decided; checklists, progress and the per-person lookups all go through it.
    /// </summary>
    public IReadOnlyList<Owner> OwnersOf(SubCriterion subCriterion) =>
        Index.IndicatorsBySubCriterion[subCriterion.Id].OwnersOf(subCriterion);

    /// <summary>How a sub-criterion is evaluated: its own methods where the table gives them, else its indicator's.</summary>
    public IReadOnlyList<string> MethodsOf(SubCriterion subCriterion) =>
        Index.IndicatorsBySubCriterion[subCriterion.Id].MethodsOf(subCriterion);

    /// <summary>Indicators of which the person owns at least one sub-criterion, by number.</summary>
    public IReadOnlyList<Indicator> IndicatorsOwnedBy(string personName) =>
        Index.IndicatorsByPerson.GetValueOrDefault(PersonNames.Normalize(personName)) ?? [];

    /// <summary>Indicators the department owns; an alias ("政策法规科") finds its department's ("法规科").</summary>
    public IReadOnlyList<Indicator> IndicatorsOfDepartment(string department) =>
        Index.IndicatorsByDepartment.GetValueOrDefault(ResolveDepartment(department)) ?? [];

    /// <summary>The department's name as the indicators write it: an alias resolves, anything else is returned trimmed.</summary>
    public string ResolveDepartment(string department) =>
        Index.DepartmentsByAlias.GetValueOrDefault(department.Trim()) ?? department.Trim();

    /// <summary>The other ways the document writes the department (empty when it has none).</summary>
    public IReadOnlyList<string> AliasesOf(string department) =>
        DepartmentAliases.FirstOrDefault(alias => alias.Department == ResolveDepartment(department))?.Aliases ?? [];

    public Category? FindCategory(int number) => Index.CategoriesByNumber.GetValueOrDefault(number);

    public Category CategoryOf(Indicator indicator) => Index.CategoriesByNumber[indicator.Category];

    public IReadOnlyList<Indicator> IndicatorsIn(Category category) =>
        Index.IndicatorsByCategory.GetValueOrDefault(category.Number) ?? [];

    /// <summary>What the category's sub-criteria add up to (may differ from the printed figure).</summary>
    public int SummedPoints(Category category) => IndicatorsIn(category).Sum(indicator => indicator.Points);

    public WorkingGroup? FindWorkingGroup(string name) =>
        WorkingGroups.FirstOrDefault(group => group.Name == name.Trim());

    /// <summary>The working groups the person leads or belongs to.</summary>
    public IReadOnlyList<WorkingGroup> WorkingGroupsOf(string personName)
    {
        var name = PersonNames.Normalize(personName);
        return [.. WorkingGroups.Where(group => group.Leads.Contains(name) || group.Members.Contains(name))];
    }

    /// <summary>The phase that includes <paramref name="today"/> (a local date), or null between or outside phases.</summary>
    public Phase? CurrentPhase(DateOnly today) => Phases.FirstOrDefault(phase => phase.Contains(today));

    /// <summary>The first phase that starts after <paramref name="today"/>, or null when none is left.</summary>
    public Phase? NextPhase(DateOnly today) =>
        Phases.Where(phase => phase.Start > today).MinBy(phase => phase.Start);

    /// <summary>The campaign's last day (the end of its last phase).</summary>
    [JsonIgnore]
    public DateOnly EndsOn => Phases.Max(phase => phase.End);
}
