using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FirmRegistration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BoothRequest",
                schema: "registration",
                table: "Participations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                schema: "registration",
                table: "Participations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SubmissionToken",
                schema: "registration",
                table: "Participations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Sectors",
                schema: "registration",
                table: "Firms",
                type: "text[]",
                nullable: false);

            migrationBuilder.CreateTable(
                name: "People",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirmId = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Email = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Phone = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PeopleLimits",
                schema: "registration",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Exhibitor = table.Column<int>(type: "integer", nullable: false),
                    Supplier = table.Column<int>(type: "integer", nullable: false),
                    Prime = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeopleLimits", x => x.EventId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Participations_SubmissionToken",
                schema: "registration",
                table: "Participations",
                column: "SubmissionToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_FirmId",
                schema: "registration",
                table: "People",
                column: "FirmId");

            migrationBuilder.CreateIndex(
                name: "IX_People_ParticipationId",
                schema: "registration",
                table: "People",
                column: "ParticipationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "People",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "PeopleLimits",
                schema: "registration");

            migrationBuilder.DropIndex(
                name: "IX_Participations_SubmissionToken",
                schema: "registration",
                table: "Participations");

            migrationBuilder.DropColumn(
                name: "BoothRequest",
                schema: "registration",
                table: "Participations");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                schema: "registration",
                table: "Participations");

            migrationBuilder.DropColumn(
                name: "SubmissionToken",
                schema: "registration",
                table: "Participations");

            migrationBuilder.DropColumn(
                name: "Sectors",
                schema: "registration",
                table: "Firms");
        }
    }
}
