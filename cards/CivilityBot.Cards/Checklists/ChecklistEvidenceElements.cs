using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Checklists;

/// <summary>The evidence rows under a checklist item: files, what is missing, the review, upload and review buttons.</summary>
public static class ChecklistEvidenceElements
{
    public static IEnumerable<CardElement> Build(string itemId, ChecklistItemEvidenceModel evidence, ChecklistCardText text)
    {
        yield return new TextBlock(evidence.Files) { Size = CardStyles.Small, Spacing = CardStyles.SpacingSmall };
        if (evidence.Missing is { Length: > 0 } missing)
        {
            yield return new TextBlock(missing) { Size = CardStyles.Small, Color = CardStyles.Attention, Spacing = CardStyles.SpacingNone };
        }

        if (evidence.Review is { Length: > 0 } review)
        {
            yield return new TextBlock(review)
            {
                Size = CardStyles.Small,
                Weight = CardStyles.Bolder,
                Color = evidence.ReviewIsReturn ? CardStyles.Attention : CardStyles.Good,
                Spacing = CardStyles.SpacingNone,
            };
        }

        if (evidence.ReviewData is { } data)
        {
            yield return new InputText
            {
                Id = EvidenceVerbs.Comment(itemId),
                Placeholder = text.CommentPlaceholder,
                MaxLength = EvidenceVerbs.CommentMaxLength,
                IsMultiline = true,
                Spacing = CardStyles.SpacingSmall,
            };
        }

        yield return new ActionSet(Actions(evidence, text)) { Spacing = CardStyles.SpacingSmall };
    }

    private static List<CardAction> Actions(ChecklistItemEvidenceModel evidence, ChecklistCardText text)
    {
        var actions = new List<CardAction> { new ActionOpenUrl(text.Upload, evidence.UploadUrl) };
        if (evidence.ChatUploadData is { } chat)
        {
            actions.Add(ChecklistCards.Execute(text.ChatUpload, EvidenceVerbs.ChatUpload, new Dictionary<string, string>(chat), null, CardData.NoInputs));
        }

        if (evidence.ReviewData is { } data)
        {
            var review = new Dictionary<string, string>(data);
            actions.Add(ChecklistCards.Execute(text.Accept, EvidenceVerbs.Accept, review, CardStyles.Positive, inputs: null));
            actions.Add(ChecklistCards.Execute(text.Return, EvidenceVerbs.Return, review, CardStyles.Destructive, inputs: null));
        }

        return actions;
    }
}
