using System.Globalization;
using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Checklists;

/// <summary>Builds one page of a checklist: a toggle, an evidence field and the last change per sub-criterion.</summary>
public static class ChecklistCards
{
    public static AdaptiveCard Build(ChecklistCardModel model)
    {
        var body = new List<CardElement>
        {
            new TextBlock(model.Title) { Size = CardStyles.Large, Weight = CardStyles.Bolder },
            new TextBlock(model.Summary) { IsSubtle = true, Spacing = CardStyles.SpacingSmall },
        };
        if (model.Note is { Length: > 0 } note)
        {
            body.Add(new TextBlock(note) { Color = model.NoteIsWarning ? CardStyles.Attention : CardStyles.Good, Weight = CardStyles.Bolder });
        }

        body.AddRange(model.Indicators.Select(indicator => IndicatorBlock(indicator, model.Text)));
        body.Add(new ActionSet(Actions(model)) { Separator = true });
        return new AdaptiveCard { Body = body, Msteams = new TeamsCardProperties() };
    }

    private static Container IndicatorBlock(ChecklistIndicatorModel indicator, ChecklistCardText text)
    {
        var items = new List<CardElement> { new TextBlock(indicator.Heading) { Weight = CardStyles.Bolder, Size = CardStyles.Medium } };
        if (indicator.Detail is { Length: > 0 } detail)
        {
            items.Add(new TextBlock(detail) { IsSubtle = true, Size = CardStyles.Small, Spacing = CardStyles.SpacingNone });
        }

        items.AddRange(indicator.Items.SelectMany(item => ItemElements(item, text)));
        return new Container(items) { Separator = true, Spacing = CardStyles.SpacingMedium };
    }

    private static IEnumerable<CardElement> ItemElements(ChecklistItemModel item, ChecklistCardText text)
    {
        yield return new InputToggle(item.Label)
        {
            Id = ChecklistFields.Done(item.Id),
            Value = item.Done ? InputToggle.On : InputToggle.Off,
            Spacing = CardStyles.SpacingMedium,
        };
        yield return new InputText
        {
            Id = ChecklistFields.Evidence(item.Id),
            Placeholder = text.EvidencePlaceholder,
            Value = item.Evidence,
            MaxLength = ChecklistFields.EvidenceMaxLength,
            IsMultiline = true,
            Spacing = CardStyles.SpacingSmall,
        };
        yield return new TextBlock(item.LastChange) { Size = CardStyles.Small, IsSubtle = true, Spacing = CardStyles.SpacingNone };
        if (item.EvidenceFiles is { } evidence)
        {
            foreach (var element in ChecklistEvidenceElements.Build(item.Id, evidence, text))
            {
                yield return element;
            }
        }
    }

    private static List<CardAction> Actions(ChecklistCardModel model)
    {
        var actions = new List<CardAction> { Execute(model.Text.Save, ChecklistVerbs.Save, SaveData(model), CardStyles.Positive, inputs: null) };
        if (model.Page > 1)
        {
            actions.Add(Execute(model.Text.Previous, ChecklistVerbs.Page, PageData(model.PersonName, model.Page - 1, model.LanguageCode), null, CardData.NoInputs));
        }

        if (model.Page < model.PageCount)
        {
            actions.Add(Execute(model.Text.Next, ChecklistVerbs.Page, PageData(model.PersonName, model.Page + 1, model.LanguageCode), null, CardData.NoInputs));
        }

        actions.Add(Execute(model.Text.Refresh, ChecklistVerbs.Page, PageData(model.PersonName, model.Page, model.LanguageCode), null, CardData.NoInputs));
        return actions;
    }

    /// <summary>Action.Execute for current clients, with an Action.Submit fallback carrying the verb for older ones.</summary>
    public static ActionExecute Execute(string title, string verb, Dictionary<string, string> data, string? style, string? inputs)
    {
        var submitData = new Dictionary<string, string>(data) { [CardData.Verb] = verb };
        return new ActionExecute(title, verb, data)
        {
            Style = style,
            AssociatedInputs = inputs,
            Fallback = new ActionSubmit(title, submitData) { AssociatedInputs = inputs },
        };
    }

    public static Dictionary<string, string> PageData(string personName, int page, string? languageCode = null)
    {
        var data = new Dictionary<string, string>
        {
            [ChecklistFields.Person] = personName,
            [ChecklistFields.Page] = page.ToString(CultureInfo.InvariantCulture),
        };
        if (languageCode is not null)
        {
            data[ChecklistFields.Language] = languageCode;
        }

        return data;
    }

    private static Dictionary<string, string> SaveData(ChecklistCardModel model)
    {
        var data = PageData(model.PersonName, model.Page, model.LanguageCode);
        var items = model.Indicators.SelectMany(indicator => indicator.Items).ToList();
        data[ChecklistFields.Items] = string.Join(',', items.Select(item => item.Id));
        foreach (var item in items)
        {
            data[ChecklistFields.Seen(item.Id)] = item.Seen;
        }

        return data;
    }
}
