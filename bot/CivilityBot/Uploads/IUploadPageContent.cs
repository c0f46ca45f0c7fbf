namespace CivilityBot.Uploads;

/// <summary>A purpose that says more on its upload page than its title: what the files are for, and what is there already.</summary>
public interface IUploadPageContent
{
    UploadPageModel Describe(UploadRequest request);
}
