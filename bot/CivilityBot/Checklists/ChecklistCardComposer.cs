using CivilityBot.Cards.Checklists;
using CivilityBot.Knowledge;
using Microsoft.Extensions.Options;

namespace CivilityBot.Checklists;

/// <summary>Builds a checklist page from the campaign and the stored state.</summary>
public sealed class ChecklistCardComposer(
    IPlan plan, ChecklistPages pages, IChecklistStore store, BureauClock clock, IEnumerable<IChecklistItemEvidence>? evidence = null)
{
    private readonly IChecklistItemEvidence? _evidence = evidence?.FirstOrDefault();

    /// <summary>The page (clamped to the pages there are), or null when the person owns no indicator.</summary>
    public ComposedCard? Compose(ChecklistView view)
    {
        var personPages = pages.For(view.PersonName);
        if (personPages.Count == 0)
        {
            return null;
        }

        var states = store.All();
        var page = Math.Clamp(view.Page, 1, personPages.Count);
        var language = view.Language;
        var (done, total) = Count(view.PersonName, states);
        var summary = ChecklistTexts.Summary(done, total, page, personPages.Count, language);
        var own = view.ViewerName is null || view.ViewerName == view.PersonName;
        var model = new ChecklistCardModel(
            ChecklistTexts.Title(view.PersonName, own, language),
            summary,
            view.PersonName,
            page,
            personPages.Count,
            [.. personPages[page - 1].Select(section => Indicator(section, states, view with { Page = page }))],
            language == ReplyLanguage.English ? ChecklistCardText.English : ChecklistCardText.Chinese)
        {
            Note = view.Note,
            NoteIsWarning = view.NoteIsWarning,
            LanguageCode = language == ReplyLanguage.English ? ChecklistFields.English : null,
        };
        return new ComposedCard(ChecklistCards.Build(model), $"{model.Title}：{summary}");
    }

    /// <summary>A stored instant as the bureau reads it (Beijing time).</summary>
    public string LocalTime(DateTimeOffset? at) => at is { } instant ? clock.Format(instant) : "";

    private ChecklistIndicatorModel Indicator(ChecklistPageSection section, IReadOnlyDictionary<string, ChecklistItemState> states, ChecklistView view)
    {
        var language = view.Language;
        var indicator = section.Indicator;
        var done = indicator.SubCriteria.Count(item => StateOf(item.Id, indicator, states).Done);
        var category = plan.Current.CategoryOf(indicator);
        var categoryName = language == ReplyLanguage.English ? category.NameEn ?? category.Name : category.Name;
        return new ChecklistIndicatorModel(
            ChecklistTexts.Heading(indicator, done, language),
            ChecklistTexts.Detail(categoryName, section.Items.SelectMany(plan.Current.OwnersOf).Select(owner => owner.PersonLabel(language)).Distinct(), language),
            [.. section.Items.Select(item => Item(item, StateOf(item.Id, indicator, states), language) with
            {
                EvidenceFiles = _evidence?.Describe(item, StateOf(item.Id, indicator, states), view),
            })]);
    }

    private ChecklistItemModel Item(SubCriterion item, ChecklistItemState state, ReplyLanguage language) => new(
        item.Id,
        ChecklistTexts.ItemLabel(item, language),
        state.Done,
        state.Evidence,
        ChecklistTexts.LastChange(state, LocalTime(state.ChangedAt), language),
        SeenToken.Of(state).ToString());

    private (int Done, int Total) Count(string personName, IReadOnlyDictionary<string, ChecklistItemState> states)
    {
        var items = pages.ItemsOf(personName).ToList();
        return (items.Count(pair => StateOf(pair.Item.Id, pair.Indicator, states).Done), items.Count);
    }

    private static ChecklistItemState StateOf(string id, Indicator indicator, IReadOnlyDictionary<string, ChecklistItemState> states) =>
        states.GetValueOrDefault(id) ?? ChecklistItemState.Untouched(id, indicator.Number);
}
