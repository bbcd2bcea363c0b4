using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Concurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "matchmaking_MeetingRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "matchmaking_MeetingRequests");
        }
    }
}
